package org.mvtd.model.edit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.Position;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.SourceMap;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/**
 * Copied elements as text for the system clipboard: a FORMAT.md design holding just the copies, so it can be
 * pasted into a text editor, kept as a file, or pasted into another designer window.
 *
 * <p>Every copied element carries its position ({@code at}). A host of which only some devices or endpoints
 * were copied is written as a container holding just those, and a header comment line
 * {@value #PART_OF_HOST}NAME (the name URL-encoded) says so: pasting puts them into the host of that name,
 * as the in-app paste does, instead of making a new host. Text without such lines (a design file, a
 * hand-written fragment) pastes every host as a new one.
 */
public final class FragmentYaml {
    /** What the header comment line of a host that only contributed parts starts with, after the '#'. */
    static final String PART_OF_HOST = " part of host: ";
    /** How messages name the clipboard text (in place of a file name). */
    static final String SOURCE = "clipboard";
    /** The longest problem text a refusal quotes. */
    private static final int MAX_MESSAGE = 200;

    private FragmentYaml() {
    }

    /** What reading clipboard text gave: a fragment to paste, or why the text cannot be pasted. */
    public sealed interface Reading permits Readable, Unreadable {
    }

    public record Readable(Fragment fragment) implements Reading {
        public Readable {
            Objects.requireNonNull(fragment, "fragment");
        }
    }

    /** @param reason a sentence for the status bar, naming the problem and where it is */
    public record Unreadable(String reason) implements Reading {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The text of {@code f}: the copied elements at their positions, in the file format. */
    public static String write(Fragment f) {
        Objects.requireNonNull(f, "f");
        Design source = f.source();
        Set<ElementRef> refs = f.refs();
        List<String> header = new ArrayList<>();
        header.add(" macvtap-designer: " + count(refs.size()) + " copied from \"" + oneLine(source.name()) + "\"");
        List<Host> hosts = new ArrayList<>();
        for (Host h : source.hosts()) {
            boolean whole = refs.contains(ElementRef.host(h.name()));
            Host part = h.withDevices(h.devices().stream().filter(x -> refs.contains(ElementRef.device(h.name(), x.name()))).toList())
                    .withEndpoints(h.endpoints().stream().filter(x -> refs.contains(ElementRef.endpoint(h.name(), x.name()))).toList());
            if (whole) {
                hosts.add(part);
            } else if (!part.devices().isEmpty() || !part.endpoints().isEmpty()) {
                hosts.add(part.withAt(null)); // a container only: its box is the target host's
                header.add(PART_OF_HOST + URLEncoder.encode(h.name(), StandardCharsets.UTF_8));
            }
        }
        Design d = Design.empty(source.name())
                .withSwitches(source.switches().stream().filter(s -> refs.contains(ElementRef.sw(s.name()))).toList())
                .withStations(source.stations().stream().filter(s -> refs.contains(ElementRef.station(s.name()))).toList())
                .withHosts(hosts)
                .withGuests(source.guests().stream().filter(g -> refs.contains(ElementRef.guest(g.name()))).toList());
        for (Map.Entry<ElementRef, Position> e : f.anchors().entrySet()) {
            d = Elements.withPosition(d, e.getKey(), e.getValue());
        }
        return DesignYaml.toYaml(new LoadedDesign(d, SourceMap.empty(), header, Map.of()));
    }

    /**
     * Reads clipboard text back as a fragment. Refused, with the reason: text that is not a design (structural
     * problems name line and column), a design with no elements, and names that are broken or repeated
     * within the text. References to elements outside the text are left for the paste to resolve.
     */
    public static Reading read(String text) {
        Objects.requireNonNull(text, "text");
        LoadedDesign loaded;
        try {
            loaded = DesignYaml.read(text, SOURCE);
        } catch (DesignFormatException e) {
            Problem p = e.problems().get(0);
            int more = e.problems().size() - 1;
            return new Unreadable("Not pasted: the clipboard holds no macvtap-designer elements ("
                    + p.where().map(w -> "line " + w.line() + ", column " + w.column() + ": ").orElse("") + brief(p.message())
                    + (more == 0 ? "" : more == 1 ? "; 1 more problem" : "; " + more + " more problems") + ").");
        }
        Design d = loaded.design();
        Set<String> partsOnly = new LinkedHashSet<>();
        for (String line : loaded.headerComment()) {
            if (line.startsWith(PART_OF_HOST)) {
                try {
                    partsOnly.add(URLDecoder.decode(line.substring(PART_OF_HOST.length()).strip(), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    return new Unreadable("Not pasted: the clipboard's line \"#" + oneLine(line) + "\" names no host.");
                }
            }
        }
        Set<ElementRef> refs = new LinkedHashSet<>();
        for (ElementRef r : Elements.all(d)) {
            if (r.kind() != ElementKind.HOST || !partsOnly.contains(r.name())) {
                refs.add(r);
            }
        }
        if (refs.isEmpty()) {
            return new Unreadable("Not pasted: the design on the clipboard has no elements.");
        }
        // The names must make sense within the text; everything it refers to outside is checked on paste.
        List<Problem> badNames = Validator.validate(d, loaded.sourceMap()).stream()
                .filter(Problem::isError).filter(p -> p.path().endsWith(".name")).toList();
        if (!badNames.isEmpty()) {
            Problem p = badNames.get(0);
            return new Unreadable("Not pasted: " + p.where().map(w -> "line " + w.line() + " of the clipboard: ").orElse("")
                    + brief(p.message()) + ".");
        }
        return new Readable(Fragment.copy(d, refs));
    }

    private static String count(int n) {
        return n == 1 ? "1 element" : n + " elements";
    }

    /** A message that fits the status bar, however long the text it quotes (a pasted novel, say). */
    static String brief(String message) {
        String line = oneLine(message);
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "\u2026";
    }

    /** A name fit for a one-line comment. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\u2028\u2029\u0085]", " ");
    }
}
