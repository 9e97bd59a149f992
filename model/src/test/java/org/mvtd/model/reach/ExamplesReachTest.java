package org.mvtd.model.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/** Every shared example loads, validates clean, and gives the reachability its header comment promises. */
class ExamplesReachTest {

    private static ReachEngine engine(String file) {
        Design d = Examples.load(file).design();
        assertThat(Validator.validate(d)).as("problems in " + file).noneMatch(Problem::isError);
        return ReachEngine.of(d);
    }

    @Test
    void everyExampleHasAPromiseAndIsCoveredHere() {
        List<String> names = Examples.files().stream().map(Path::getFileName).map(Path::toString).toList();
        assertThat(names).containsExactlyInAnyOrder("bridge-mode.mvtd.yaml", "host-shim.mvtd.yaml",
                "passthru-sriov.mvtd.yaml", "private-isolation.mvtd.yaml", "vepa-hairpin.mvtd.yaml");
        for (String n : names) {
            assertThat(Examples.load(n).headerComment()).as(n + " header comment").isNotEmpty();
        }
    }

    /** "Two guests on one NIC in bridge mode: they talk to each other directly, the host cannot reach them." */
    @Test
    void bridgeMode() {
        ReachEngine e = engine("bridge-mode.mvtd.yaml");
        Pair p = e.pair("kvmhost/macvtap0", "kvmhost/macvtap1");
        assertThat(p.ping()).isTrue();
        assertThat(p.path()).containsExactly("kvmhost/macvtap0", "kvmhost/eth0", "kvmhost/macvtap1");
        assertThat(e.pair("kvmhost/macvtap1", "kvmhost/macvtap0").ping()).isTrue();
        for (String guest : List.of("kvmhost/macvtap0", "kvmhost/macvtap1")) {
            assertThat(e.pair("kvmhost/eth0", guest).unicast()).isFalse();
            assertThat(e.pair("kvmhost/eth0", guest).broadcast()).isFalse();
            assertThat(e.pair(guest, "kvmhost/eth0").unicast()).isFalse();
            assertThat(e.pair("router", guest).ping()).as("the router reaches " + guest).isTrue();
        }
        assertThat(e.pair("kvmhost/eth0", "kvmhost/macvtap0").why())
                .contains("does not send a frame back out of the port it came in on");
    }

    /** "The host talks to its bridge-mode guests through a macvlan shim instead of the bare NIC." */
    @Test
    void hostShim() {
        ReachEngine e = engine("host-shim.mvtd.yaml");
        assertThat(e.indexOf("kvmhost/eth2")).as("no host stack on eth2 (hostAddress false)").isEmpty();
        assertThat(e.pair("kvmhost/vlan0", "kvmhost/macvtap0").ping()).isTrue();
        assertThat(e.pair("kvmhost/macvtap0", "kvmhost/vlan0").ping()).isTrue();
        assertThat(e.nodes()).extracting(Node::id).containsExactly("kvmhost/vlan0", "kvmhost/macvtap0");
        assertThat(e.nodes().get(1).guest()).isEqualTo("vm0");
    }

    /** "Passthru: one guest owns a virtual function of an SR-IOV NIC; nobody else may share it." */
    @Test
    void passthruSriov() {
        Design d = Examples.load("passthru-sriov.mvtd.yaml").design();
        ReachEngine e = engine("passthru-sriov.mvtd.yaml");
        assertThat(e.pair("kvmhost/macvtap9", "kvmhost/eth0").ping()).as("guest and host meet on the switch").isTrue();
        assertThat(e.pair("kvmhost/eth0", "kvmhost/macvtap9").ping()).isTrue();
        Design shared = d.withHost("kvmhost", h -> h.withEndpoints(List.of(h.endpoints().get(0),
                Endpoint.macvtap("macvtap10", "enp3s0f0v1", MacvlanMode.BRIDGE))));
        assertThat(Validator.validate(shared)).as("a second endpoint beside passthru").anyMatch(Problem::isError);
    }

    /** "Private: tenants share a NIC but never hear each other's broadcasts, even behind a hairpin switch." */
    @Test
    void privateIsolation() {
        ReachEngine e = engine("private-isolation.mvtd.yaml");
        Pair ab = e.pair("kvmhost/tenant-a", "kvmhost/tenant-b");
        assertThat(ab.unicast()).as("hairpin reflects unicast").isTrue();
        assertThat(ab.broadcast()).isFalse();
        assertThat(ab.ping()).isFalse();
        assertThat(e.pair("kvmhost/tenant-b", "kvmhost/tenant-a").broadcast()).isFalse();
        assertThat(ab.why()).contains("given only to itself").contains("ARP");
        assertThat(e.pair("gateway", "kvmhost/tenant-a").ping()).isTrue();
        assertThat(e.pair("kvmhost/tenant-b", "gateway").ping()).isTrue();
    }

    /** "VEPA: every frame goes out to the switch; guests meet only because the switch reflects (hairpin)." */
    @Test
    void vepaHairpin() {
        Design d = Examples.load("vepa-hairpin.mvtd.yaml").design();
        ReachEngine e = engine("vepa-hairpin.mvtd.yaml");
        Pair p = e.pair("kvmhost/macvtap0", "kvmhost/macvtap1");
        assertThat(p.ping()).isTrue();
        assertThat(p.path()).containsExactly("kvmhost/macvtap0", "kvmhost/eth2", "tor", "kvmhost/eth2",
                "kvmhost/macvtap1");
        ReachEngine noHairpin = e.update(d.withSwitch("tor", s -> s.withHairpin(false)));
        assertThat(noHairpin.pair("kvmhost/macvtap0", "kvmhost/macvtap1").unicast()).isFalse();
        assertThat(noHairpin.pair("kvmhost/macvtap1", "kvmhost/macvtap0").broadcast()).isFalse();
    }
}
