package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.LinkStateListener;
import org.mvtd.backend.client.Results;
import org.mvtd.backend.client.Subscription;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.DevNumber;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.Netns;
import org.mvtd.backend.link.PosixTapNodes;
import org.mvtd.backend.link.StepKind;
import org.mvtd.backend.link.TapNodes;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;

/** The real helper process inside a namespace the test makes, a veth standing in for eth0. Needs root. */
class HelperNamespaceTest {
    private static final int GUEST_UID = 65534;
    private Netns ns;
    private HelperProcess helper;

    @BeforeEach
    void setUp() throws Exception {
        Netns.assumeRoot();
        ns = Netns.create("it");
        helper = HelperProcess.in(ns);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (ns != null) {
            ns.close();
            helper.cleanUp();
        }
    }

    private HelperClient connect() throws HelperException {
        return HelperClient.connect(helper.transport(), OptionalInt.of(GUEST_UID));
    }

    @Test
    void applyThenListEqualsTheDesignAndReplanIsEmpty() throws Exception {
        Design d = Designs.small("lab");
        try (HelperClient c = connect()) {
            Results.PlanResult plan = c.plan(d, "kvm1");
            assertThat(plan.plan().steps()).extracting(s -> s.kind()).containsExactly(StepKind.CREATE, StepKind.CREATE,
                    StepKind.CREATE, StepKind.NODE);
            Results.ApplyResult r = c.apply(d, "kvm1", plan.digest());
            Map<String, Wire.ListedLink> listed = c.list().stream().collect(Collectors.toMap(Wire.ListedLink::name, Function.identity()));
            for (Endpoint ep : d.host("kvm1").orElseThrow().endpoints()) {
                Wire.ListedLink l = listed.get(ep.name());
                assertThat(l).as(ep.name()).isNotNull();
                assertThat(l.type()).isEqualTo(ep.type().kernelName());
                assertThat(l.mode()).isEqualTo(ep.mode().kernelName());
                assertThat(l.lower()).isEqualTo(ep.lower());
                assertThat(l.adminUp()).as("%s up", ep.name()).isEqualTo(ep.up());
                assertThat(l.ours()).isTrue();
                assertThat(l.alias()).isEqualTo(helper.alias(DesignId.of("lab"), ep.name(), r.plan().uid(), ns));
                if (ep.mac() != null) {
                    assertThat(l.mac()).isEqualTo(ep.mac());
                }
            }
            assertThat(listed.values().stream().filter(Wire.ListedLink::ours)).hasSize(3);
            assertThat(c.plan(d, "kvm1").nothingToDo()).isTrue();

            // the guest's node: owner the requesting user, 0600, the device of this namespace's mvt0
            String node = r.nodes().get("mvt0");
            // under TAPDIR/NETNS-INODE/UID: the namespace's inode as the helper inside it sees it
            long netns = ((Number) java.nio.file.Files.getAttribute(java.nio.file.Path.of("/run/netns", ns.name()), "unix:ino")).longValue();
            assertThat(node).isEqualTo(helper.tapDir().resolve(netns + "/" + GUEST_UID + "/" + DesignId.of("lab").value() + "/mvt0").toString());
            TapNodes.NodeInfo info = new PosixTapNodes(helper.tapDir()).stat(java.nio.file.Path.of(node)).orElseThrow();
            int ifindex = listed.get("mvt0").ifindex();
            DevNumber dev = DevNumber.parse(ns.sysfs("/sys/class/net/mvt0/macvtap/tap" + ifindex + "/dev"));
            assertThat(info.uid()).isEqualTo(GUEST_UID);
            assertThat(info.mode()).isEqualTo(0600);
            assertThat(info.dev()).isEqualTo(dev);
        }
    }

    @Test
    void modeChangePlansAReplaceAndApplyingItChangesTheMode() throws Exception {
        Design d = Designs.small("lab");
        try (HelperClient c = connect()) {
            c.apply(d, "kvm1", null);
            Design changed = d.withHost("kvm1", h -> h.withEndpoint("mvt1", e -> e.withMode(MacvlanMode.PRIVATE)));
            assertThat(c.plan(changed, "kvm1").plan().steps()).extracting(s -> s.describe())
                    .containsExactly("replace mvt1: mode vepa -> private (cannot change in place)");
            c.apply(changed, "kvm1", null);
            assertThat(ns.links().stream().filter(l -> l.name().equals("mvt1")).findFirst().orElseThrow().mode()).isEqualTo("private");
            assertThat(c.plan(changed, "kvm1").nothingToDo()).isTrue();
        }
    }

    @Test
    void teardownLeavesExactlyTheLinksThatWereThereBeforeAndForeignLinksSurvive() throws Exception {
        ns.ip("link", "add", "link", "eth0", "name", "theirs0", "type", "macvlan", "mode", "bridge");
        ns.ip("link", "add", "link", "eth0", "name", "mvt1", "type", "macvtap", "mode", "vepa");
        List<String> before = shape(ns.links());
        Design d = Designs.small("lab");
        try (HelperClient c = connect()) {
            // mvt1 is taken by a macvtap that is not ours: refused, named, untouched
            assertThatThrownBy(() -> c.apply(d, "kvm1", null)).isInstanceOfSatisfying(HelperException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.NOT_OURS);
                assertThat(e.names()).containsExactly("mvt1");
            });
            assertThat(shape(ns.links())).isEqualTo(before);
            ns.ip("link", "delete", "mvt1");
            before = shape(ns.links());
            c.apply(d, "kvm1", null);
            assertThat(ns.links()).hasSize(before.size() + 3);
            Results.TeardownResult t = c.teardown(d, "kvm1");
            assertThat(t.deleted()).containsExactlyInAnyOrder("mvt0", "mvt1", "mvl0");
            assertThat(t.groups()).hasSize(1);
            assertThat(shape(ns.links())).isEqualTo(before);
            assertThat(c.plan(d, "kvm1").plan().steps()).hasSize(4);
        }
    }

    @Test
    void aForeignLinkInTheDesignGroupMakesTeardownGoOneByOne() throws Exception {
        Design d = Designs.small("lab");
        try (HelperClient c = connect()) {
            Results.ApplyResult r = c.apply(d, "kvm1", null);
            ns.ip("link", "add", "link", "eth0", "name", "theirs0", "group", Long.toString(r.plan().group()),
                    "type", "macvlan", "mode", "vepa");
            Results.TeardownResult t = c.teardown(d, "kvm1");
            assertThat(t.groups()).isEmpty();
            assertThat(ns.links()).extracting(LinkInfo::name).containsExactlyInAnyOrder("lo", "eth0", "eth0p", "theirs0");
        }
    }

    @Test
    void subscriberSeesEverythingFirstThenAToggle() throws Exception {
        Design d = Designs.small("lab");
        BlockingQueue<LinkState> changes = new LinkedBlockingQueue<>();
        BlockingQueue<String> initial = new LinkedBlockingQueue<>();
        try (HelperClient c = connect()) {
            c.apply(d, "kvm1", null);
            Subscription s = c.subscribe(d, "kvm1", new LinkStateListener() {
                @Override
                public void state(LinkState state, boolean first) {
                    if (first) {
                        initial.add(state.name());
                    } else {
                        changes.add(state);
                    }
                }

                @Override
                public void synced() {
                    initial.add("synced");
                }
            });
            assertThat(s.links()).containsExactly("eth0", "mvt0", "mvt1", "mvl0");
            List<String> first = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                first.add(initial.poll(10, TimeUnit.SECONDS));
            }
            assertThat(first).containsExactly("eth0", "mvt0", "mvt1", "mvl0", "synced");
            ns.ip("link", "set", "mvt1", "down");
            // the apply's own late events (linkwatch's operstate, up to a second later) may come first: skip them
            LinkState st = awaitState(changes, "mvt1", x -> !x.adminUp());
            assertThat(st.adminUp()).isFalse();
            assertThat(st.operstate()).isEqualTo("down");
            ns.ip("link", "set", "mvt1", "mtu", "1400");
            assertThat(awaitState(changes, "mvt1", x -> x.mtu() == 1400).mtu()).isEqualTo(1400);
            s.close();
        }
    }

    @Test
    void hostileRequestsToTheRealHelperChangeNothingInTheKernel() throws Exception {
        ns.ip("link", "add", "link", "eth0", "name", "theirs0", "type", "macvtap", "mode", "vepa");
        List<String> before = shape(ns.links());
        try (RawSession s = new RawSession(helper.transport())) {
            s.call("{\"id\":0,\"command\":\"hello\",\"version\":1}");
            int i = 0;
            for (byte[] req : new HostileRequests(4L, Designs.small("lab")).generate(1000)) {
                s.send(req);
                com.fasterxml.jackson.databind.JsonNode r = s.next();
                assertThat(r).as("helper alive after #%d", i).isNotNull();
                assertThat(r.path("code").asText()).as("#%d", i++).isEqualTo(ErrorCode.PROTOCOL_ERROR.wireName());
            }
            assertThat(s.call("{\"id\":1,\"command\":\"list\"}").path("type").asText()).isEqualTo("reply");
        }
        assertThat(shape(ns.links())).isEqualTo(before);
    }

    private static LinkState awaitState(BlockingQueue<LinkState> q, String name, java.util.function.Predicate<LinkState> wanted)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            LinkState s = q.poll(100, TimeUnit.MILLISECONDS);
            if (s != null && s.name().equals(name) && s.present() && wanted.test(s)) {
                return s;
            }
        }
        throw new AssertionError("no state change for " + name + " within 10 s");
    }

    /** Links as a rollback must restore them: names, kinds, modes, lowers, MACs, up, alias, group. */
    static List<String> shape(List<LinkInfo> links) {
        return links.stream().map(l -> String.join("|", l.name(), l.kind(), String.valueOf(l.mode()), String.valueOf(l.lower()),
                String.valueOf(l.mac()), String.valueOf(l.adminUp()), String.valueOf(l.alias()), String.valueOf(l.group())))
                .sorted().toList();
    }
}
