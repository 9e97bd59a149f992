package org.mvtd.model.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mvtd.model.Position;
import org.mvtd.model.validate.ElementPaths;
import org.mvtd.model.validate.SourceLocation;
import org.mvtd.model.yaml.Node.Entry;
import org.mvtd.model.yaml.Node.Mapping;
import org.mvtd.model.yaml.Node.Mark;
import org.mvtd.model.yaml.Node.Scalar;
import org.mvtd.model.yaml.Node.ScalarKind;

/** One mapping being read: checks its keys once, then answers typed lookups. */
final class Fields {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    final Mapping mapping;
    final String named;
    final String indexed;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    private final BindProblems problems;
    private final Map<String, SourceLocation> locations;
    private final Map<String, Set<String>> explicit;

    /**
     * Reads {@code mapping}, reporting keys outside {@code known}; a key in {@code later} is one a later
     * format version knows, and the complaint says so.
     */
    Fields(Mapping mapping, String named, String indexed, Set<String> known, Set<String> later, Binder.Sink sink) {
        this.mapping = mapping;
        this.named = named;
        this.indexed = indexed;
        this.problems = sink.problems();
        this.locations = sink.locations();
        this.explicit = sink.explicit();
        locations.putIfAbsent(named, location(mapping.mark()));
        locations.put(indexed, location(mapping.mark()));
        for (Entry e : mapping.entries()) {
            if (!known.contains(e.key()) && later.contains(e.key())) {
                error(ElementPaths.key(named, e.key()), e.keyMark(), "key '" + e.key() + "' " + where()
                        + " is a version-2 key, but the file says version 1", "Write 'version: 2' at the top of the file.");
                continue;
            }
            if (!known.contains(e.key())) {
                String hint = Spelling.closest(e.key(), known).map(k -> "; did you mean '" + k + "'?").orElse("");
                error(ElementPaths.key(named, e.key()), e.keyMark(), "unknown key '" + Node.shown(e.key()) + "' " + where()
                        + hint, "Use one of: " + String.join(", ", known) + ".");
                continue;
            }
            byKey.put(e.key(), e);
            // Leaves point at their value, lists at their key: what a reader looks for in each case.
            Mark at = e.value() instanceof Scalar || e.key().equals("at") ? e.value().mark() : e.keyMark();
            locations.putIfAbsent(ElementPaths.key(named, e.key()), location(at));
            locations.put(ElementPaths.key(indexed, e.key()), location(at));
        }
        for (Entry d : mapping.duplicates()) {
            Entry first = mapping.entries().stream().filter(e -> e.key().equals(d.key())).findFirst().orElseThrow();
            error(ElementPaths.key(named, d.key()), d.keyMark(), "duplicate key '" + d.key() + "' " + where()
                    + " (first given at line " + first.keyMark().line() + ")", "Keep one of the two.");
        }
    }

    private void error(String path, Mark mark, String message, String fix) {
        problems.error(path, mark, message, fix);
    }

    private SourceLocation location(Mark mark) {
        return problems.location(mark);
    }

    String where() {
        return named.isEmpty() ? "at top level" : "in " + named;
    }

    String path(String key) {
        return ElementPaths.key(named, key);
    }

    Node node(String key) {
        Entry e = byKey.get(key);
        return e == null ? null : e.value();
    }

    void explicit(String key) {
        explicit.computeIfAbsent(named, k -> new LinkedHashSet<>()).add(key);
    }

    /** A text value; null when absent (with an error when required) or malformed (with an error). */
    String text(String key, boolean required) {
        Node node = node(key);
        if (node == null) {
            if (required) {
                error(path(key), mapping.mark(), "missing required key '" + key + "' " + where(),
                        "Add '" + key + ": ...' to it.");
            }
            return null;
        }
        if (!required) {
            explicit(key);
        }
        if (node instanceof Scalar s && s.kind() != ScalarKind.NULL) {
            return s.text();
        }
        error(path(key), node.mark(), path(key) + " must be text, found " + node.describe(),
                "Write a single value after '" + key + ":'" + (required ? "." : ", or remove the key."));
        return null;
    }

    boolean bool(String key, boolean dflt) {
        Node node = node(key);
        if (node == null) {
            return dflt;
        }
        explicit(key);
        if (node instanceof Scalar s && s.kind() == ScalarKind.BOOLEAN
                && (s.text().equals("true") || s.text().equals("false"))) {
            return s.text().equals("true");
        }
        error(path(key), node.mark(), path(key) + " must be true or false, found " + node.describe(),
                "Write '" + key + ": true' or '" + key + ": false'.");
        return dflt;
    }

    /** One of {@code values} by its spelling; {@code dflt} null makes the key required. */
    <E> E choice(String key, E dflt, E[] values, Function<E, String> spelling) {
        Node node = node(key);
        List<String> allowed = Arrays.stream(values).map(spelling).toList();
        if (node == null) {
            if (dflt == null) {
                error(path(key), mapping.mark(), "missing required key '" + key + "' " + where(),
                        "Add '" + key + ":' with one of " + String.join(", ", allowed) + ".");
            }
            return dflt;
        }
        if (dflt != null) {
            explicit(key);
        }
        if (node instanceof Scalar s && s.kind() != ScalarKind.NULL) {
            for (E v : values) {
                if (spelling.apply(v).equals(s.text())) {
                    return v;
                }
            }
            String hint = Spelling.closest(s.text(), allowed).map(k -> "; did you mean '" + k + "'?").orElse("");
            error(path(key), node.mark(), "bad value '" + Node.shown(s.text()) + "' for " + path(key) + ": expected one of "
                    + String.join(", ", allowed) + hint, "Write one of " + String.join(", ", allowed) + ".");
        } else {
            error(path(key), node.mark(), path(key) + " must be one of " + String.join(", ", allowed)
                    + ", found " + node.describe(), "Write one of " + String.join(", ", allowed) + ".");
        }
        return dflt;
    }

    /** A whole number, or null when absent or malformed (with an error); its range is the validator's. */
    Integer integer(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        explicit(key);
        if (node instanceof Scalar s && s.kind() == ScalarKind.INTEGER && INTEGER.matcher(s.text()).matches()
                && s.text().replaceFirst("^[-+]?0*", "").length() <= 9) {
            return Integer.valueOf(s.text().startsWith("+") ? s.text().substring(1) : s.text());
        }
        error(path(key), node.mark(), path(key) + " must be a whole number, found " + node.describe(),
                "Write '" + key + ": 100', say.");
        return null;
    }

    /** A list of text values ({@code ["a", "b"]} or one '- ' item a line); empty when absent or malformed. */
    List<String> texts(String key, String example) {
        Node node = node(key);
        if (node == null) {
            return List.of();
        }
        explicit(key);
        if (!(node instanceof Node.Sequence seq)) {
            error(path(key), node.mark(), path(key) + " must be a list, found " + node.describe(),
                    "Write it as '" + key + ": [" + example + "]'.");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Node item = seq.items().get(i);
            if (item instanceof Scalar s && s.kind() != ScalarKind.NULL) {
                out.add(s.text());
                locations.putIfAbsent(path(key) + "[" + i + "]", location(item.mark()));
            } else {
                error(path(key), item.mark(), "item " + (i + 1) + " of " + path(key) + " must be text, found "
                        + item.describe(), "Write it as '" + key + ": [" + example + "]'.");
            }
        }
        return out;
    }

    Position position(String key) {
        Node node = node(key);
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Sequence seq && seq.items().size() == 2) {
            Double x = coordinate(seq.items().get(0));
            Double y = coordinate(seq.items().get(1));
            if (x != null && y != null) {
                return new Position(x, y);
            }
        }
        error(path(key), node.mark(), path(key) + " must be a position [x, y] of two numbers, found "
                + describePosition(node), "Write it as 'at: [420, 60]'.");
        return null;
    }

    private String describePosition(Node node) {
        if (node instanceof Node.Sequence seq) {
            return "[" + seq.items().stream().map(Node::describe).collect(Collectors.joining(", ")) + "]";
        }
        return node.describe();
    }

    private Double coordinate(Node node) {
        if (node instanceof Scalar s && (s.kind() == ScalarKind.INTEGER || s.kind() == ScalarKind.FLOAT)
                && DECIMAL.matcher(s.text()).matches()) {
            double v = Double.parseDouble(s.text());
            return Double.isFinite(v) ? v : null;
        }
        return null;
    }
}
