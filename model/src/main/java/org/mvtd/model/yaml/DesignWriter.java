package org.mvtd.model.yaml;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.FormatVersions;
import org.mvtd.model.Guest;
import org.mvtd.model.GuestKind;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.validate.ElementPaths;

/**
 * Writes the canonical text of a design: keys in FORMAT.md order, two-space indentation with list dashes
 * under their key, MACs quoted, {@code at: [x, y]} in flow style, optional keys omitted at their default
 * unless the loaded file spelt them out, element order kept.
 */
final class DesignWriter {
    /** Plain scalars YAML 1.1 or 1.2 would read as something other than a string. */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i)~|null|true|false|yes|no|y|n|on|off|[-+]?(\\.inf|\\.nan)|[-+.]?[0-9].*|\\.");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder(256);
    private final Map<String, Set<String>> explicit;
    /** The version being written: a version-1 file never spells out a version-2 key, even at its default. */
    private int version;

    private DesignWriter(Map<String, Set<String>> explicit) {
        this.explicit = explicit;
    }

    static String write(Design design, List<String> headerComment, Map<String, Set<String>> explicitKeys) {
        DesignWriter w = new DesignWriter(explicitKeys);
        for (String line : headerComment) {
            w.out.append('#').append(line).append('\n');
        }
        w.design(design);
        return w.out.toString();
    }

    private void design(Design d) {
        // The lowest version that expresses the design, so older builds keep reading what they can.
        version = FormatVersions.required(d);
        line(0, "version: " + version);
        if (!d.name().isEmpty() || has("", "name")) {
            line(0, "name: " + scalar(d.name()));
        }
        list("", "switches", d.switches().isEmpty());
        for (int i = 0; i < d.switches().size(); i++) {
            Switch s = d.switches().get(i);
            String path = ElementPaths.named("", "switches", s.name());
            item("name: " + scalar(s.name()));
            optional(path, "hairpin", s.hairpin(), false);
            at(s.at());
        }
        list("", "stations", d.stations().isEmpty());
        for (Station s : d.stations()) {
            item("name: " + scalar(s.name()));
            key(4, "switch", scalar(s.switchName()));
            if (s.vlan() != null) {
                key(4, "vlan", String.valueOf(s.vlan()));
            }
            texts(4, "addresses", s.addresses());
            at(s.at());
        }
        list("", "hosts", d.hosts().isEmpty());
        for (Host h : d.hosts()) {
            host(h);
        }
        list("", "guests", d.guests().isEmpty());
        for (Guest g : d.guests()) {
            guest(g);
        }
        AnnotationWriter.write(d.annotations(), out);
    }

    private void host(Host h) {
        String path = ElementPaths.named("", "hosts", h.name());
        item("name: " + scalar(h.name()));
        at(h.at());
        nestedList(path, "devices", h.devices().isEmpty());
        for (Device d : h.devices()) {
            String dp = ElementPaths.named(path, "devices", d.name());
            nestedItem("name: " + scalar(d.name()));
            if (d.kind() != DeviceKind.ETHERNET || has(dp, "kind")) {
                key(8, "kind", d.kind().yamlName());
            }
            if (d.parent() != null) {
                key(8, "parent", scalar(d.parent()));
            }
            if (d.vlan() != null) {
                key(8, "vlan", String.valueOf(d.vlan()));
            }
            if (d.switchName() != null) {
                key(8, "switch", scalar(d.switchName()));
            }
            optional(8, dp, "up", d.up(), true);
            optional(8, dp, "hostAddress", d.hostAddress(), true);
            texts(8, "addresses", d.addresses());
            nestedAt(d.at());
        }
        nestedList(path, "endpoints", h.endpoints().isEmpty());
        for (Endpoint e : h.endpoints()) {
            String ep = ElementPaths.named(path, "endpoints", e.name());
            nestedItem("name: " + scalar(e.name()));
            key(8, "lower", scalar(e.lower()));
            key(8, "type", e.type().kernelName());
            if (e.mode() != MacvlanMode.VEPA || has(ep, "mode")) {
                key(8, "mode", e.mode().kernelName());
            }
            texts(8, "sourceMacs", e.sourceMacs());
            if (e.nodst() || hasLater(ep, "nodst")) {
                key(8, "nodst", String.valueOf(e.nodst()));
            }
            if (e.nopromisc() || hasLater(ep, "nopromisc")) {
                key(8, "nopromisc", String.valueOf(e.nopromisc()));
            }
            if (e.mac() != null) {
                key(8, "mac", quoted(e.mac()));
            }
            optional(8, ep, "up", e.up(), true);
            texts(8, "addresses", e.addresses());
            nestedAt(e.at());
        }
    }

    private void guest(Guest g) {
        String path = ElementPaths.named("", "guests", g.name());
        item("name: " + scalar(g.name()));
        key(4, "host", scalar(g.host()));
        if (g.kind() != GuestKind.VM || hasLater(path, "kind")) {
            key(4, "kind", g.kind().yamlName());
        }
        at(g.at());
        nestedList(path, "nics", g.nics().isEmpty());
        for (int i = 0; i < g.nics().size(); i++) {
            Nic n = g.nics().get(i);
            String np = path + ".nics[" + i + "]";
            nestedItem("endpoint: " + scalar(n.endpoint()));
            if (n.model() != NicModel.VIRTIO || has(np, "model")) {
                key(8, "model", n.model().libvirtName());
            }
            optional(8, np, "vhost", n.vhost(), true);
        }
    }

    /** A top-level list key; an empty list is written only when the file had it. */
    private void list(String path, String key, boolean empty) {
        if (!empty) {
            line(0, key + ":");
        } else if (has(path, key)) {
            line(0, key + ": []");
        }
    }

    private void nestedList(String path, String key, boolean empty) {
        if (!empty) {
            line(4, key + ":");
        } else if (has(path, key)) {
            line(4, key + ": []");
        }
    }

    private void item(String first) {
        line(2, "- " + first);
    }

    private void nestedItem(String first) {
        line(6, "- " + first);
    }

    private void optional(String path, String key, boolean value, boolean dflt) {
        optional(4, path, key, value, dflt);
    }

    private void optional(int indent, String path, String key, boolean value, boolean dflt) {
        if (value != dflt || has(path, key)) {
            key(indent, key, String.valueOf(value));
        }
    }

    /** A list of text values in flow style, each quoted (addresses and MACs read as text either way). */
    private void texts(int indent, String key, List<String> values) {
        if (!values.isEmpty()) {
            key(indent, key, "[" + String.join(", ", values.stream().map(DesignWriter::quoted).toList()) + "]");
        }
    }

    private void at(Position p) {
        if (p != null) {
            key(4, "at", "[" + number(p.x()) + ", " + number(p.y()) + "]");
        }
    }

    private void nestedAt(Position p) {
        if (p != null) {
            key(8, "at", "[" + number(p.x()) + ", " + number(p.y()) + "]");
        }
    }

    private void key(int indent, String key, String value) {
        line(indent, key + ": " + value);
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    private boolean has(String path, String key) {
        Set<String> keys = explicit.get(path);
        return keys != null && keys.contains(key);
    }

    /** A version-2 key the loaded file spelt out at its default: kept only while the file stays version 2. */
    private boolean hasLater(String path, String key) {
        return version >= 2 && has(path, key);
    }

    /** Whole numbers without a fraction ({@code 420}), others in the shortest form that reads back exactly. */
    static String number(double v) {
        if (v == 0 && 1 / v < 0) {
            return "-0.0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    /** {@code s} bare when YAML reads it back as the same string, else double-quoted. */
    static String scalar(String s) {
        return needsQuotes(s) ? quoted(s) : s;
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty() || NOT_A_STRING.matcher(s).matches()) {
            return true;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (INDICATORS.indexOf(first) >= 0 || Character.isWhitespace(first) || Character.isWhitespace(last)
                || last == ':') {
            return true;
        }
        if (s.contains(": ") || s.contains(" #") || s.contains("\t")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
                return true;
            }
        }
        return false;
    }

    /** A YAML double-quoted scalar: escapes what a plain or single-quoted one could not hold. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFEFF || c == 0x2028
                            || c == 0x2029) {
                        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
