package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The in-process rtnetlink reads of {@link org.mvtd.backend.rtnl.RtnlKernel} against the real kernel, inside a namespace this test
 * makes: the link table equals what {@code ip -N -s -d -json link show} says, and link events arrive.
 */
class RtnlKernelTest {

    @Test
    void theDumpEqualsIpJsonLinkForLink() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtnl")) {
            org.mvtd.backend.ip.IpResult made = ns.ip().batch(List.of(
                    "link add link eth0 name mt0 address 52:54:00:00:00:31 group 268435460 type macvtap mode vepa",
                    "link set dev mt0 alias macvtap-designer:t-00000000:mt0 addrgenmode none",
                    "link set dev mt0 up",
                    "link add link eth0 name mv0 type macvlan mode private",
                    "link add link eth0 name pt0 type macvlan mode source",
                    "link add v1 type veth peer name v1p",
                    "link set dev v1 mtu 1400 up"), false);
            assertThat(made.ok()).as(made.stderr()).isTrue();
            Kernel k = ns.kernel();
            // counters move between two reads (the veth's IPv6 traffic): compare everything but them
            Map<String, LinkInfo> viaIp = byName(IpJsonLinks.of(ns.ip()));
            Map<String, LinkInfo> viaRtnl = byName(k.links());
            assertThat(viaRtnl.keySet()).isEqualTo(viaIp.keySet()).contains("mt0", "mv0", "pt0", "v1", "v1p", "eth0", "eth0p", "lo");
            for (String name : viaIp.keySet()) {
                assertThat(withoutStats(viaRtnl.get(name))).as(name).isEqualTo(withoutStats(viaIp.get(name)));
                assertThat(viaRtnl.get(name).stats()).as(name + " has counters").isNotNull();
            }
            assertThat(viaRtnl.get("mt0").alias()).isEqualTo("macvtap-designer:t-00000000:mt0");
            assertThat(viaRtnl.get("pt0").mode()).isEqualTo("source");
            assertThat(viaRtnl.get("v1").lower()).isEqualTo("v1p");
            assertThat(viaRtnl.get("v1").flags()).as("up without carrier: peer down").contains("NO-CARRIER");
        }
    }

    @Test
    void aToggleArrivesAsAnEventFollowedByABurstEnd() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtnlev")) {
            ns.ip("link", "add", "link", "eth0", "name", "mt0", "type", "macvtap", "mode", "bridge");
            BlockingQueue<String> seen = new LinkedBlockingQueue<>();
            try (AutoCloseable w = ns.kernel().watch(new LinkEventSink() {
                @Override
                public void accept(LinkEvent e) {
                    seen.add(e.resync() ? "resync" : e.name() + (e.info() == null ? " deleted" : e.info().adminUp() ? " up" : " down"));
                }

                @Override
                public void burstEnd() {
                    seen.add("end");
                }
            })) {
                assertThat(next(seen)).as("at start: nothing queued").isEqualTo("end");
                ns.ip("link", "set", "mt0", "up");
                assertThat(next(seen)).isEqualTo("mt0 up");
                String s = next(seen);
                while (s.equals("mt0 up")) { // linkwatch may follow with the operstate: the same state again
                    s = next(seen);
                }
                assertThat(s).as("the burst ends").isEqualTo("end");
                ns.ip("link", "delete", "mt0");
                do {
                    s = next(seen);
                } while (!s.startsWith("mt0 deleted"));
                assertThat(seen).doesNotContain("resync");
            }
        }
    }

    private static String next(BlockingQueue<String> q) throws InterruptedException {
        String s = q.poll(10, TimeUnit.SECONDS);
        assertThat(s).as("an event within 10 s").isNotNull();
        return s;
    }

    private static Map<String, LinkInfo> byName(List<LinkInfo> links) {
        return links.stream().collect(Collectors.toMap(LinkInfo::name, Function.identity()));
    }

    private static LinkInfo withoutStats(LinkInfo l) {
        return new LinkInfo(l.ifindex(), l.name(), l.kind(), l.mode(), l.lower(), l.mac(), l.operstate(), l.flags(),
                l.mtu(), l.group(), l.alias(), null);
    }
}
