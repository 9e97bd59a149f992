package org.mvtd.model.libvirt;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * What the libvirt exporters and the importer agree on: escaping, names libvirt accepts, the
 * deterministic uuid, and our metadata namespace (libvirt keeps foreign-namespace metadata across
 * define and dumpxml, so names libvirt itself drops survive a round trip through it).
 */
public final class LibvirtXml {
    /** Namespace of the {@code <mvtd:design>} element we put under {@code <metadata>}. */
    public static final String METADATA_NS = "https://mvtd.org/xmlns/libvirt/1";
    public static final String METADATA_PREFIX = "mvtd";

    private LibvirtXml() {
    }

    /** Text content: escapes markup characters and replaces characters XML 1.0 cannot carry. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** An attribute value for single-quoted attributes (libvirt's own style), newlines kept as references. */
    public static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        Objects.requireNonNull(s, "s");
        StringBuilder sb = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            String ref = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\'' -> attribute ? "&apos;" : null;
                case '"' -> attribute ? "&quot;" : null;
                // An attribute's raw whitespace is normalised to spaces by every parser; references survive.
                case '\n' -> attribute ? "&#10;" : null;
                case '\r' -> attribute ? "&#13;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (ref != null) {
                sb.append(ref);
            } else {
                appendLegal(sb, c);
            }
        });
        return sb.toString();
    }

    private static void appendLegal(StringBuilder sb, int c) {
        boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        sb.appendCodePoint(legal ? c : 0xFFFD);
    }

    /**
     * A domain or network name libvirt accepts for free text: libvirt refuses '/' and newlines in
     * names, so those and other control characters become '_'; an empty name becomes {@code fallback}.
     */
    public static String objectName(String freeText, String fallback) {
        StringBuilder sb = new StringBuilder(freeText.length());
        freeText.codePoints().forEach(c -> sb.appendCodePoint(c == '/' || c < 0x20 || c == 0x7F
                || Character.isSurrogate((char) c) || c == 0xFFFE || c == 0xFFFF ? '_' : c));
        String name = sb.toString().strip();
        return name.isEmpty() ? fallback : name;
    }

    /** The same uuid for the same design and guest on every export, so re-defining updates in place. */
    public static UUID domainUuid(String designName, String guestName) {
        String key = "macvtap-designer\u0000" + designName + "\u0000" + guestName;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
