package org.mvtd.backend.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;

/** The link table through {@code ip -N -s -d -json link show}: the reference the rtnetlink dump is checked against. */
final class IpJsonLinks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IpJsonLinks() {
    }

    static List<LinkInfo> of(Ip ip) throws KernelException {
        IpResult r = ip.tryRun("-N", "-s", "-d", "-json", "link", "show");
        if (!r.ok()) {
            throw new KernelException("ip link show failed: " + r.stderr().strip());
        }
        try {
            return parse(JSON.readTree(r.stdout()));
        } catch (IOException | IllegalArgumentException e) {
            throw new KernelException("cannot read ip's JSON: " + e.getMessage(), e);
        }
    }


    static List<LinkInfo> parse(JsonNode root) {
        if (!root.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of links");
        }
        List<LinkInfo> out = new ArrayList<>();
        for (JsonNode l : root) {
            JsonNode info = l.path("linkinfo");
            List<String> flags = new ArrayList<>();
            l.path("flags").forEach(f -> flags.add(f.asText()));
            out.add(new LinkInfo(l.path("ifindex").asInt(), l.path("ifname").asText(),
                    text(info.path("info_kind")), text(info.path("info_data").path("mode")),
                    text(l.path("link")), text(l.path("address")), text(l.path("operstate")), flags,
                    l.path("mtu").asInt(), group(l.path("group")), text(l.path("ifalias")), stats(l.path("stats64"))));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static long group(JsonNode n) {
        String g = text(n);
        if (g == null || g.equals("default")) {
            return 0;
        }
        try {
            return Long.parseLong(g);
        } catch (NumberFormatException e) {
            return -1; // a named group from /etc/iproute2/group despite -N: never ours
        }
    }

    private static LinkStats stats(JsonNode s) {
        if (s.isMissingNode()) {
            return null;
        }
        JsonNode rx = s.path("rx");
        JsonNode tx = s.path("tx");
        return new LinkStats(rx.path("bytes").asLong(), rx.path("packets").asLong(), rx.path("dropped").asLong(),
                rx.path("errors").asLong(), tx.path("bytes").asLong(), tx.path("packets").asLong(),
                tx.path("dropped").asLong(), tx.path("errors").asLong());
    }
}
