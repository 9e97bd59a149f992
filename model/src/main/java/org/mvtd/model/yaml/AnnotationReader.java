package org.mvtd.model.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mvtd.model.Annotations;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.Note;
import org.mvtd.model.Position;
import org.mvtd.model.validate.SourceLocation;
import org.mvtd.model.yaml.Node.Entry;
import org.mvtd.model.yaml.Node.Mapping;
import org.mvtd.model.yaml.Node.Scalar;
import org.mvtd.model.yaml.Node.ScalarKind;
import org.mvtd.model.yaml.Node.Sequence;

/**
 * Reads the top-level {@code notes:} and {@code links:} lists (layout only: text boxes, and the bends and labels
 * of links). Kept apart from the binder of the network's elements; problems are reported the same way, each
 * at its line and column, and the element-path locations go to the same source map.
 */
final class AnnotationReader {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Set<String> NOTE_KEYS = Set.of("text", "at", "width");
    private static final Set<String> LINK_KEYS = Set.of("from", "to", "via", "label");

    private final BindProblems problems;
    private final Map<String, SourceLocation> locations;

    private AnnotationReader(BindProblems problems, Map<String, SourceLocation> locations) {
        this.problems = problems;
        this.locations = locations;
    }

    /** The annotations in {@code notes} and {@code links} (either may be null: absent). */
    static Annotations read(Node notes, Node links, BindProblems problems, Map<String, SourceLocation> locations) {
        if (notes == null && links == null) {
            return Annotations.NONE;
        }
        AnnotationReader r = new AnnotationReader(problems, locations);
        return new Annotations(r.list(notes, "notes", "a note (text, at, width)", r::note),
                r.list(links, "links", "a link layout (from, to, via, label)", r::link));
    }

    private interface Item<T> {
        T read(Mapping m, String path);
    }

    private <T> List<T> list(Node node, String key, String noun, Item<T> item) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Sequence seq)) {
            problems.error(key, node.mark(), "expected a list of " + key + " at top level, found " + node.describe(),
                    "Write one '- ' item per entry under '" + key + ":', or remove the key.");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Node n = seq.items().get(i);
            String path = key + "[" + i + "]";
            locations.put(path, problems.location(n.mark()));
            if (!(n instanceof Mapping m)) {
                problems.error(path, n.mark(), "expected " + noun + " in " + key + ", found " + n.describe(),
                        "Write the entry as 'key: value' lines under its '- '.");
                continue;
            }
            T value = item.read(m, path);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private Note note(Mapping m, String path) {
        if (!keys(m, path, NOTE_KEYS)) {
            return null;
        }
        String text = text(m, path, "text", true);
        Node atNode = value(m, "at");
        if (atNode == null) {
            problems.error(path + ".at", m.mark(), "missing required key 'at' in " + path + ": where the note sits",
                    "Add 'at: [x, y]' to it.");
            return null;
        }
        Position at = position(atNode, path + ".at");
        Node w = value(m, "width");
        Double width = null;
        if (w != null) {
            width = number(w);
            if (width == null || width <= 0) {
                problems.error(path + ".width", w.mark(), path + ".width must be a positive number, found "
                        + w.describe(), "Write it as 'width: 180', or remove the key.");
                return null;
            }
        }
        return text == null || at == null ? null : new Note(text, at, width);
    }

    private LinkLayout link(Mapping m, String path) {
        if (!keys(m, path, LINK_KEYS)) {
            return null;
        }
        String from = text(m, path, "from", true);
        String to = text(m, path, "to", true);
        Node via = value(m, "via");
        List<Position> bends = new ArrayList<>();
        if (via instanceof Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                Position p = position(s.items().get(i), path + ".via[" + i + "]");
                if (p == null) {
                    return null;
                }
                bends.add(p);
            }
        } else if (via != null) {
            problems.error(path + ".via", via.mark(), path + ".via must be a list of positions, found " + via.describe(),
                    "Write it as 'via: [[300, 120], [300, 200]]'.");
            return null;
        }
        String label = text(m, path, "label", false);
        return from == null || to == null ? null : new LinkLayout(from, to, bends, label);
    }

    /** Reports unknown and repeated keys; false when there were any. */
    private boolean keys(Mapping m, String path, Set<String> known) {
        boolean ok = true;
        for (Entry e : m.entries()) {
            if (!known.contains(e.key())) {
                String hint = Spelling.closest(e.key(), known).map(k -> "; did you mean '" + k + "'?").orElse("");
                problems.error(path + "." + e.key(), e.keyMark(), "unknown key '" + Node.shown(e.key()) + "' in "
                        + path + hint, "Use one of: " + String.join(", ", known.stream().sorted().toList()) + ".");
                ok = false;
            } else {
                locations.put(path + "." + e.key(), problems.location(e.value().mark()));
            }
        }
        for (Entry d : m.duplicates()) {
            problems.error(path + "." + d.key(), d.keyMark(), "duplicate key '" + d.key() + "' in " + path,
                    "Keep one of the two.");
            ok = false;
        }
        return ok;
    }

    private static Node value(Mapping m, String key) {
        return m.entries().stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst().orElse(null);
    }

    private String text(Mapping m, String path, String key, boolean required) {
        Node n = value(m, key);
        if (n == null) {
            if (required) {
                problems.error(path + "." + key, m.mark(), "missing required key '" + key + "' in " + path,
                        "Add '" + key + ": ...' to it.");
            }
            return null;
        }
        if (n instanceof Scalar s && s.kind() != ScalarKind.NULL) {
            return s.text();
        }
        problems.error(path + "." + key, n.mark(), path + "." + key + " must be text, found " + n.describe(),
                "Write a single value after '" + key + ":'.");
        return null;
    }

    private Position position(Node n, String path) {
        if (n instanceof Sequence seq && seq.items().size() == 2) {
            Double x = number(seq.items().get(0));
            Double y = number(seq.items().get(1));
            if (x != null && y != null) {
                return new Position(x, y);
            }
        }
        problems.error(path, n.mark(), path + " must be a position [x, y] of two numbers, found " + n.describe(),
                "Write it as [420, 60].");
        return null;
    }

    private static Double number(Node n) {
        if (n instanceof Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.FLOAT)
                && DECIMAL.matcher(s.text()).matches()) {
            double v = Double.parseDouble(s.text());
            return Double.isFinite(v) ? v : null;
        }
        return null;
    }
}
