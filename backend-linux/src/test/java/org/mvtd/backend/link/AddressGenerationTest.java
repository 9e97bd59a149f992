package org.mvtd.backend.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel applies up before addrgenmode within one request, so the ops an apply sends must bring a macvtap
 * up only after its address generation is off: checked on the real kernel, in a namespace this test makes.
 */
class AddressGenerationTest {

    @Test
    void appliedMacvtapsComeUpWithoutAHostSideIpv6AddressAndAdmitEveryMulticastGroup() throws Exception {
        Netns.assumeRoot();
        try (Netns ns = Netns.create("addrgen")) {
            Kernel kernel = ns.kernel();
            Plan plan = new Planner(kernel, new FakeTapNodes(), Path.of("/nonexistent"), new LowerDevices(true))
                    .plan(Designs.small("lab"), "kvm1", kernel.links(), 0);
            List<LinkOp> ops = new ArrayList<>();
            java.util.Map<String, LinkInfo> live = new java.util.HashMap<>();
            kernel.links().forEach(l -> live.put(l.name(), l));
            plan.steps().forEach(s -> ops.addAll(Applier.ops(plan, s, live)));
            ops.sort(java.util.Comparator.comparingInt(Applier::phase));
            BatchResult r = kernel.run(ops, false);
            assertThat(r.failures()).isEmpty();
            for (String macvtap : List.of("mvt0", "mvt1")) {
                assertThat(kernel.links()).filteredOn(l -> l.name().equals(macvtap)).singleElement()
                        .matches(LinkInfo::adminUp, "up");
                assertThat(ns.ip().tryRun("-6", "-o", "addr", "show", "dev", macvtap).stdout())
                        .as(macvtap + " has no IPv6 address").isBlank();
                assertThat(ns.sysfs("/proc/sys/net/ipv6/conf/" + macvtap + "/addr_gen_mode")).isEqualTo("1");
                // the guest's solicited-node groups get through (HostSide.of): IFF_ALLMULTI is 0x200
                assertThat(Integer.decode(ns.sysfs("/sys/class/net/" + macvtap + "/flags").strip()) & 0x200)
                        .as(macvtap + " allmulticast").isNotZero();
            }
        }
    }
}
