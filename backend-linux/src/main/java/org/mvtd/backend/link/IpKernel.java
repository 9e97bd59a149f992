package org.mvtd.backend.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;
import org.mvtd.backend.rtnl.RtnlDump;
import org.mvtd.backend.rtnl.RtnlMonitor;

/**
 * The real kernel: rtnetlink read in-process for the link table and link events, iproute2 ({@code -batch})
 * for every change, sysfs for tap devices.
 */
public final class IpKernel implements Kernel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FAILED = Pattern.compile("Command failed -:(\\d+)");
    private final Ip ip;
    private final Path sysClassNet;

    public IpKernel(Ip ip, Path sysClassNet) {
        this.ip = Objects.requireNonNull(ip, "ip");
        this.sysClassNet = Objects.requireNonNull(sysClassNet, "sysClassNet");
    }

    /** iproute2 and sysfs of the namespace this process runs in. */
    public static IpKernel local() {
        return new IpKernel(Ip.host(), Path.of("/sys/class/net"));
    }

    /** One rtnetlink dump read in-process: no process to start, no JSON to print and re-read. */
    @Override
    public List<LinkInfo> links() throws KernelException {
        return RtnlDump.links(ip.namespace());
    }

    /** The same table as {@link #links()} through {@code ip -N -s -d -json link show}: the reference it is checked against. */
    List<LinkInfo> linksFromIp() throws KernelException {
        IpResult r = ip.tryRun("-N", "-s", "-d", "-json", "link", "show");
        if (!r.ok()) {
            throw new KernelException("ip link show failed: " + r.stderr().strip());
        }
        try {
            return LinkJsonParser.parse(JSON.readTree(r.stdout()));
        } catch (IOException | IllegalArgumentException e) {
            throw new KernelException("cannot read ip's JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public BatchResult run(List<LinkOp> ops, boolean keepGoing) {
        if (ops.isEmpty()) {
            return BatchResult.success(0);
        }
        List<String> lines = ops.stream().map(LinkOp::batchLine).toList();
        IpResult r = ip.batch(lines, keepGoing);
        if (r.ok()) {
            return BatchResult.success(ops.size());
        }
        return new BatchResult(ops.size(), failures(r.stderr()));
    }

    /** Maps {@code Command failed -:LINE} back to op indexes; the lines before each are the kernel's reason. */
    static List<BatchResult.Failure> failures(String stderr) {
        List<BatchResult.Failure> out = new ArrayList<>();
        StringBuilder reason = new StringBuilder();
        for (String line : stderr.split("\n")) {
            Matcher m = FAILED.matcher(line);
            if (m.find()) {
                out.add(new BatchResult.Failure(Integer.parseInt(m.group(1)) - 1, reason.toString().strip()));
                reason.setLength(0);
            } else if (!line.isBlank()) {
                reason.append(reason.length() == 0 ? "" : "; ").append(line.strip());
            }
        }
        if (out.isEmpty()) {
            out.add(new BatchResult.Failure(-1, reason.length() == 0 ? "ip -batch failed" : reason.toString()));
        }
        return out;
    }

    @Override
    public Optional<DevNumber> tapDevice(String ifname) {
        Path dir = sysClassNet.resolve(ifname).resolve("macvtap");
        try (Stream<Path> s = Files.list(dir)) {
            Optional<Path> tap = s.filter(p -> p.getFileName().toString().startsWith("tap")).findFirst();
            if (tap.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(DevNumber.parse(Files.readString(tap.get().resolve("dev"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public AutoCloseable watch(LinkEventSink onEvent) throws IOException {
        return RtnlMonitor.start(ip.namespace(), onEvent);
    }

    /** Reads {@code ip -json link show} output; kept apart so tests can feed recorded JSON. */
    static final class LinkJsonParser {
        private LinkJsonParser() {
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
}
