package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.mvtd.backend.protocol.JournalJson;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.ScratchDirs;
import org.mvtd.model.Design;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * The rtnetlink adapter's writes against the real kernel, in a namespace this test makes (root): requests go by
 * ifindex with one ack each mapped back to its op, a name never addresses a link, and the kernel facts the
 * planner relies on (passthru MAC, a bridge's kind) hold.
 */
class RtnlWritesTest {
    private static final Path TAPS = Path.of("/nonexistent");

    private static LinkInfo link(Kernel k, String name) throws KernelException {
        return k.links().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachRequestGetsItsOwnAnswerAndANameNeverAddressesALink() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtw")) {
            Kernel k = ns.kernel();
            LinkInfo eth0 = link(k, "eth0");
            List<LinkOp> ops = List.of(
                    new LinkOp.Add("a0", eth0.ifindex(), "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, null, 77),
                    new LinkOp.Add("a0", eth0.ifindex(), "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, null, 77),
                    new LinkOp.Configure(0, "a0", "macvtap-designer:t-00000000:a0:0", AddrGenMode.NONE, null, null),
                    new LinkOp.Configure(0, "if3", null, null, null, false),
                    new LinkOp.Configure(0, "a0", null, null, null, true));
            BatchResult r = k.run(ops, true);
            assertThat(r.failures()).extracting(BatchResult.Failure::index).containsExactly(1, 3);
            assertThat(r.failures().get(0).reason()).contains("File exists");
            assertThat(r.failures().get(1).reason()).contains("if3 was not created by this batch");
            LinkInfo a0 = link(k, "a0");
            assertThat(a0.alias()).isEqualTo("macvtap-designer:t-00000000:a0:0");
            assertThat(a0.adminUp()).isTrue();
            assertThat(a0.group()).isEqualTo(77);
            assertThat(a0.lowerIndex()).isEqualTo(eth0.ifindex());
            assertThat(ns.sysfs("/proc/sys/net/ipv6/conf/a0/addr_gen_mode")).isEqualTo("1");
            LinkInfo after = link(k, "eth0");
            assertThat(after.adminUp()).isTrue();
            assertThat(after.alias()).isNull();
            assertThat(after.mac()).isEqualTo(eth0.mac());
            assertThat(k.run(List.of(new LinkOp.Delete(a0.ifindex(), "a0")), true).ok()).isTrue();
            assertThat(k.links()).extracting(LinkInfo::name).doesNotContain("a0");
        }
    }

    @Test
    void oneGroupRequestBringsUpEveryMemberAndNothingElse() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtgu")) {
            Kernel k = ns.kernel();
            LinkInfo eth0 = link(k, "eth0");
            List<LinkOp> ops = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ops.add(new LinkOp.Add("g" + i, eth0.ifindex(), "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, null, 81));
            }
            ops.add(new LinkOp.Add("o0", eth0.ifindex(), "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, null, 82));
            ops.add(new LinkOp.UpGroup(81));
            assertThat(k.run(ops, false).ok()).isTrue();
            assertThat(List.of(link(k, "g0"), link(k, "g1"), link(k, "g2"))).allMatch(LinkInfo::adminUp);
            assertThat(link(k, "o0").adminUp()).as("another group's link stays down").isFalse();
        }
    }

    @Test
    void aCreateGetsTheIfindexItAskedForAndNeverTakesOneInUse() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtix")) {
            Kernel k = ns.kernel();
            LinkInfo eth0 = link(k, "eth0");
            int want = eth0.ifindex() + 500;
            BatchResult r = k.run(List.of(
                    new LinkOp.Add("b0", eth0.ifindex(), "eth0", LinkType.MACVTAP, MacvlanMode.BRIDGE, null, 78, want),
                    new LinkOp.Configure(0, "b0", null, null, null, true),
                    new LinkOp.Add("b1", eth0.ifindex(), "eth0", LinkType.MACVLAN, MacvlanMode.BRIDGE, null, 78, eth0.ifindex()),
                    new LinkOp.Configure(0, "b1", "would land on eth0", null, null, true)), true);
            assertThat(link(k, "b0").ifindex()).isEqualTo(want);
            assertThat(link(k, "b0").adminUp()).isTrue();
            assertThat(r.failures()).extracting(BatchResult.Failure::index).containsExactly(2, 3);
            assertThat(r.failures().get(1).reason()).as("a failed create's follow-up never runs").contains("not created by this batch");
            assertThat(link(k, "eth0").alias()).isNull();
        }
    }

    @Test
    void aHostileJournalLeavesTheRealEth0Alone() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtf2")) {
            Kernel k = ns.kernel();
            LinkInfo before = link(k, "eth0");
            String alias = DesignId.of("lab").alias("if3", 0);
            JournalEntry e = new JournalEntry(DesignId.of("lab").value(), DesignId.proposedGroup("lab"), List.of(
                    new LinkSnapshot("if3", true, "macvtap", "gone0", "bridge", "02:00:00:00:00:66", false, -1, 3, 9, alias),
                    new LinkSnapshot("eth0", true, "macvtap", "gone0", "bridge", "02:00:00:00:00:66", false, -1, before.ifindex(), 9, alias),
                    LinkSnapshot.absent("eth0"), LinkSnapshot.absent("if3")), 0, 1);
            new Restorer(k, new FakeTapNodes(), TAPS).restore(e);
            LinkInfo after = link(k, "eth0");
            assertThat(List.of(after.ifindex(), after.mac(), after.adminUp(), String.valueOf(after.alias()), after.group()))
                    .isEqualTo(List.of(before.ifindex(), before.mac(), true, "null", 0L));
            assertThat(ns.sysfs("/proc/sys/net/ipv6/conf/eth0/addr_gen_mode")).isEqualTo("0");
        }
    }

    @Test
    void aPassthruMacConvergesInOneApplyAndTheLowerGetsItsOwnBack() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtpt")) {
            Kernel k = ns.kernel();
            String own = link(k, "eth0").mac();
            Design d = Designs.of("pt", List.of(Endpoint.macvtap("pt0", "eth0", MacvlanMode.PASSTHRU).withMac("52:54:00:aa:bb:cc")),
                    List.of());
            Planner planner = new Planner(k, new FakeTapNodes(), TAPS, new LowerDevices(true));
            Plan p = planner.plan(d, "kvm1", k.links(), 0);
            assertThat(p.foreignSteps()).extracting(Step::name).containsExactly("eth0");
            ApplyReport r = new Applier(k, new FakeTapNodes(), new Journal(ScratchDirs.create("mvtd-journal"), JournalJson::read), TAPS,
                    new ChangeLog((w, l) -> { })).apply(p, k.links());
            assertThat(r.ok()).as(String.valueOf(r.reason())).isTrue();
            assertThat(link(k, "pt0").mac()).isEqualTo("52:54:00:aa:bb:cc");
            assertThat(link(k, "eth0").mac()).as("the kernel gives the lower the passthru MAC").isEqualTo("52:54:00:aa:bb:cc");
            assertThat(planner.plan(d, "kvm1", k.links(), 0).steps()).as("re-plan after one apply").isEmpty();
            new Teardown(k, new FakeTapNodes(), TAPS, new ChangeLog((w, l) -> { })).teardown(DesignId.of("pt"), 0);
            assertThat(link(k, "eth0").mac()).isEqualTo(own);
        }
    }

    @Test
    void aBridgeLowerIsRefusedUnlessDeclaredOne() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("rtbr")) {
            ns.ip("link", "add", "br0", "type", "bridge");
            ns.ip("link", "set", "br0", "up");
            Kernel k = ns.kernel();
            Planner planner = new Planner(k, new FakeTapNodes(), TAPS, new LowerDevices(true));
            assertThatThrownBy(() -> planner.plan(Designs.onDevice("b", DeviceKind.ETHERNET, "br0"), "kvm1", k.links(), 0))
                    .hasMessageContaining("br0 is a bridge");
            assertThatThrownBy(() -> new Planner(k, new FakeTapNodes(), TAPS, new LowerDevices(false))
                    .plan(Designs.onDevice("b", DeviceKind.ETHERNET, "eth0"), "kvm1", k.links(), 0))
                    .hasMessageContaining("eth0 is a veth");
            assertThatThrownBy(() -> planner.plan(Designs.onDevice("b", DeviceKind.ETHERNET, "lo"), "kvm1", k.links(), 0))
                    .hasMessageContaining("loopback");
            assertThat(planner.plan(Designs.onDevice("b", DeviceKind.BRIDGE, "br0"), "kvm1", k.links(), 0).steps()).isNotEmpty();
        }
    }
}
