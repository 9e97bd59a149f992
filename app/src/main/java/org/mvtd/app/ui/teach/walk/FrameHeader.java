package org.mvtd.app.ui.teach.walk;

import java.util.Objects;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;

/**
 * What the moving frame carries, as a packet tracer's PDU view shows it: its kind and the Ethernet
 * header fields that decide its way (source and destination MAC). An address the design leaves to the
 * kernel is named after its owner ("eth0's MAC").
 */
public record FrameHeader(String kind, String src, String dst) {
    public static final String BROADCAST_MAC = "ff:ff:ff:ff:ff:ff";

    public FrameHeader {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /** A frame of {@code kind} from node {@code from} to node {@code to}, or to everyone when {@code to} is null. */
    public static FrameHeader of(Design d, String kind, String from, String to) {
        return new FrameHeader(kind, macOf(d, from), to == null ? BROADCAST_MAC : macOf(d, to));
    }

    /** The envelope's two lines: kind, then the addresses. */
    public String text() {
        return kind + "\nsrc " + src + "\ndst " + dst;
    }

    /** A node's MAC address: an endpoint's as designed; otherwise its owner's (devices, stations, kernel-chosen). */
    static String macOf(Design d, String node) {
        int slash = node.indexOf('/');
        String name = slash < 0 ? node : node.substring(slash + 1);
        if (slash > 0) {
            String mac = d.host(node.substring(0, slash)).flatMap(h -> h.endpoint(name)).map(Endpoint::mac).orElse(null);
            if (mac != null && !mac.isBlank()) {
                return mac;
            }
        }
        return name + "'s MAC";
    }
}
