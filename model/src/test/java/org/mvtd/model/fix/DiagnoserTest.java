package org.mvtd.model.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

class DiagnoserTest {

    /** kvm's own stack on eth0 and two bridge-mode guests; switch lan without hairpin, a router on it. */
    static Design hostAndBridgeGuests() {
        Host kvm = Host.of("kvm", List.of(Device.of("eth0", "lan")),
                List.of(Endpoint.macvtap("macvtap0", "eth0", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("macvtap1", "eth0", MacvlanMode.BRIDGE)));
        return Design.empty("t").withSwitches(List.of(Switch.of("lan", false)))
                .withStations(List.of(Station.of("router", "lan"))).withHosts(List.of(kvm))
                .withGuests(List.of(Guest.of("vm0", "kvm", List.of(Nic.on("macvtap0"))),
                        Guest.of("vm1", "kvm", List.of(Nic.on("macvtap1")))));
    }

    static Design privatePair() {
        return hostAndBridgeGuests().withHost("kvm", h -> h
                .withEndpoint("macvtap0", e -> e.withMode(MacvlanMode.PRIVATE))
                .withEndpoint("macvtap1", e -> e.withMode(MacvlanMode.PRIVATE)));
    }

    private static Fix named(Diagnosis d, String name) {
        return d.fixes().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no fix '" + name + "' in " + d.fixes().stream().map(Fix::name).toList()));
    }

    @Test
    void hostThatCannotReachItsBridgeGuestIsOfferedAShimThatMakesItPing() {
        Design design = hostAndBridgeGuests();
        Diagnosis d = Diagnoser.diagnose(design, "kvm/eth0", "kvm/macvtap0");
        assertThat(d.pingsAlready()).isFalse();
        Fix shim = named(d, "host shim on kvm/eth0");
        assertThat(shim.goalFrom()).isEqualTo("kvm/shim0");
        assertThat(shim.changes()).extracting(Change::element)
                .containsExactly("hosts[kvm].endpoints[shim0]", "hosts[kvm].devices[eth0]");
        Design fixed = shim.apply(design);
        assertThat(fixed).isEqualTo(shim.result());
        assertThat(ReachEngine.of(fixed).pair("kvm/shim0", "kvm/macvtap0").ping()).isTrue();
        // The shim reaches vm1 too, and router keeps its reach to the host: renamed, not lost.
        assertThat(shim.pairs()).anyMatch(p -> p.from().equals("kvm/shim0") && p.to().equals("kvm/macvtap1")
                && !p.goal() && p.after().ping() && !p.before().ping());
        assertThat(shim.pairs()).noneMatch(p -> p.from().equals("router") && p.to().equals("kvm/shim0"));
    }

    @Test
    void theShimTakesTheHostsAddressesWithItSoAnAddressedDesignIsOfferedIt() {
        Design design = hostAndBridgeGuests().withHost("kvm", h -> h
                .withDevice("eth0", x -> x.withAddresses(List.of("192.0.2.10/24")))
                .withEndpoint("macvtap0", e -> e.withAddresses(List.of("192.0.2.20/24"))));
        Fix shim = named(Diagnoser.diagnose(design, "kvm/eth0", "kvm/macvtap0"), "host shim on kvm/eth0");
        Host kvm = shim.result().host("kvm").orElseThrow();
        assertThat(kvm.endpoint("shim0").orElseThrow().addresses()).containsExactly("192.0.2.10/24");
        assertThat(kvm.device("eth0").orElseThrow().addresses()).isEmpty();
        assertThat(Validator.validate(shim.result())).noneMatch(Problem::isError);
    }

    @Test
    void hairpinAlsoFixesTheHostAndTiesAreBrokenByTheSmallerChange() {
        Diagnosis d = Diagnoser.diagnose(hostAndBridgeGuests(), "kvm/eth0", "kvm/macvtap0");
        Fix hairpin = named(d, "hairpin on lan");
        Fix shim = named(d, "host shim on kvm/eth0");
        // Both also let the host reach vm1 (both ways): the same side effects, and hairpin is one change, not two.
        assertThat(hairpin.sideEffects()).hasSameSizeAs(shim.sideEffects()).isNotEmpty();
        assertThat(d.fixes().indexOf(hairpin)).isLessThan(d.fixes().indexOf(shim));
    }

    @Test
    void privatePairIsOfferedABridgeModeChangeOrVepaWithHairpinNeverHairpinAlone() {
        Diagnosis d = Diagnoser.diagnose(privatePair(), "kvm/macvtap0", "kvm/macvtap1");
        List<String> names = d.fixes().stream().map(Fix::name).toList();
        assertThat(names).contains("kvm/macvtap0 and kvm/macvtap1 to bridge mode", "vepa + hairpin on lan")
                // Hairpin gives private endpoints unicast only: ARP still fails, so it is no fix.
                .doesNotContain("hairpin on lan");
        Fix both = named(d, "kvm/macvtap0 and kvm/macvtap1 to bridge mode");
        assertThat(both.changes()).extracting(Change::description).containsOnly("mode private -> bridge");
        assertThat(ReachEngine.of(both.result()).pair("kvm/macvtap0", "kvm/macvtap1").ping()).isTrue();
        // The pair itself opens both ways; nothing is closed by it.
        assertThat(both.pairs()).anyMatch(p -> p.from().equals("kvm/macvtap1") && p.goal() && p.opens());
        assertThat(both.pairs()).noneMatch(PairChange::closes);
    }

    @Test
    void sideEffectsSayWhetherIsolationOrReachIsLost() {
        Reach none = new Reach(false, false, false, false);
        Reach ping = new Reach(true, true, true, true);
        assertThat(new PairChange("a", "b", none, ping, false).opens()).isTrue();
        assertThat(new PairChange("a", "b", none, ping, false).closes()).isFalse();
        assertThat(new PairChange("a", "b", ping, none, false).closes()).isTrue();
        assertThat(new PairChange("a", "b", ping, null, false).closes()).isTrue();
        assertThat(new PairChange("a", "b", null, ping, false).opens()).isTrue();
        // A down device brought up for one pair gives the host's other guests back too: reach, not loss.
        Design down = hostAndBridgeGuests().withHost("kvm", h -> h.withDevice("eth0", x -> x.withUp(false)));
        Fix up = Diagnoser.diagnose(down, "router", "kvm/macvtap0").fixes().get(0);
        assertThat(up.sideEffects()).isNotEmpty().allMatch(PairChange::opens).noneMatch(PairChange::closes);
    }

    @Test
    void aDownDeviceIsBroughtUp() {
        Design design = hostAndBridgeGuests().withHost("kvm", h -> h.withDevice("eth0", x -> x.withUp(false)));
        Diagnosis d = Diagnoser.diagnose(design, "router", "kvm/macvtap0");
        Fix up = d.fixes().get(0);
        assertThat(up.name()).isEqualTo("bring up kvm/eth0");
        assertThat(up.changes()).containsExactly(new Change("hosts[kvm].devices[eth0]", "down -> up"));
        assertThat(up.result().host("kvm").orElseThrow().device("eth0").orElseThrow().up()).isTrue();
    }

    @Test
    void aDownEndpointThatIsAlsoPrivateNeedsTwoEditsAndGetsThem() {
        Design design = privatePair().withHost("kvm", h -> h.withEndpoint("macvtap1", e -> e.withUp(false)));
        Diagnosis d = Diagnoser.diagnose(design, "kvm/macvtap0", "kvm/macvtap1");
        assertThat(d.fixes()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.name()).contains("bring up kvm/macvtap1 + ");
            assertThat(f.changes()).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void devicesOnDifferentSwitchesArePluggedTogether() {
        Design design = hostAndBridgeGuests()
                .withSwitches(List.of(Switch.of("lan", false), Switch.of("wan", false)))
                .withStations(List.of(Station.of("router", "wan")));
        Diagnosis d = Diagnoser.diagnose(design, "kvm/macvtap0", "router");
        Fix plug = named(d, "plug kvm/eth0 into wan");
        assertThat(plug.changes()).containsExactly(new Change("hosts[kvm].devices[eth0]", "switch lan -> wan"));
        assertThat(ReachEngine.of(plug.result()).pair("kvm/macvtap0", "router").ping()).isTrue();
    }

    @Test
    void diffListsPairsOfRemovedAndAddedNodesAndMatchesRenamedOnes() {
        Design design = hostAndBridgeGuests();
        Design fewer = design.withHost("kvm", h -> h.withEndpoints(h.endpoints().subList(0, 1)))
                .withGuests(design.guests().subList(0, 1));
        List<PairChange> gone = Diagnoser.diff(ReachEngine.of(design).matrix(), ReachEngine.of(fewer).matrix(),
                java.util.Map.of(), "router", "kvm/macvtap0");
        // macvtap1 pinged macvtap0 and the router both ways; those four pairs go, nothing else changes.
        assertThat(gone).allMatch(p -> p.after() == null && p.before().ping()).hasSize(4)
                .allMatch(p -> p.from().equals("kvm/macvtap1") || p.to().equals("kvm/macvtap1"));
        List<PairChange> back = Diagnoser.diff(ReachEngine.of(fewer).matrix(), ReachEngine.of(design).matrix(),
                java.util.Map.of(), "router", "kvm/macvtap0");
        assertThat(back).hasSize(4).allMatch(p -> p.before() == null && p.after().ping());
    }

    @Test
    void aPairThatPingsHasNoFixes() {
        Diagnosis d = Diagnoser.diagnose(hostAndBridgeGuests(), "kvm/macvtap0", "kvm/macvtap1");
        assertThat(d.pingsAlready()).isTrue();
        assertThat(d.fixes()).isEmpty();
    }

    @Test
    void unknownOrSameNodeIsRefusedByName() {
        assertThatThrownBy(() -> Diagnoser.diagnose(hostAndBridgeGuests(), "kvm/nope", "router"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kvm/nope");
        assertThatThrownBy(() -> Diagnoser.diagnose(hostAndBridgeGuests(), "router", "router"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("router");
    }

    /** Random designs: no candidate throws, and every fix offered is valid and makes its pair ping. */
    @Test
    void everyFixOnRandomDesignsIsValidAndWorks() {
        int diagnosed = 0;
        int offered = 0;
        for (long seed = 0; seed < 150; seed++) {
            Design design = org.mvtd.model.testing.RandomDesigns.generate(seed);
            if (Validator.validate(design).stream().anyMatch(Problem::isError)) {
                continue;
            }
            ReachEngine engine = ReachEngine.of(design);
            List<Node> nodes = engine.nodes();
            for (int i = 0; i + 1 < nodes.size(); i++) {
                String a = nodes.get(i).id();
                String b = nodes.get(nodes.size() - 1 - i).id();
                if (a.equals(b)) {
                    continue;
                }
                Diagnosis d = Diagnoser.diagnose(engine, a, b);
                diagnosed++;
                for (Fix f : d.fixes()) {
                    offered++;
                    assertThat(Validator.validate(f.result())).as("seed %d %s", seed, f.name()).noneMatch(Problem::isError);
                    assertThat(ReachEngine.of(f.result()).pair(f.goalFrom(), f.goalTo()).ping())
                            .as("seed %d %s", seed, f.name()).isTrue();
                }
            }
        }
        assertThat(diagnosed).isGreaterThan(100);
        assertThat(offered).isGreaterThan(50);
    }

    static Stream<Path> examples() {
        return Examples.files().stream();
    }

    /** Over every pair of every shipped example that cannot ping: each fix is valid, makes it ping, and is ordered. */
    @ParameterizedTest
    @MethodSource("examples")
    void everyFixOfEveryExamplePairIsValidMakesThePairPingAndIsOrdered(Path file) {
        Design design = Examples.load(file).design();
        ReachEngine engine = ReachEngine.of(design);
        List<String> unfixed = new ArrayList<>();
        int broken = 0;
        for (Node a : engine.nodes()) {
            for (Node b : engine.nodes()) {
                if (a == b || engine.pair(a.id(), b.id()).ping()) {
                    continue;
                }
                broken++;
                Diagnosis d = Diagnoser.diagnose(engine, a.id(), b.id());
                if (d.fixes().isEmpty()) {
                    unfixed.add(a.id() + " -> " + b.id());
                }
                int last = -1;
                for (Fix f : d.fixes()) {
                    Design fixed = f.apply(design);
                    assertThat(Validator.validate(fixed)).noneMatch(Problem::isError);
                    assertThat(ReachEngine.of(fixed).pair(f.goalFrom(), f.goalTo()).ping())
                            .as("%s fixes %s -> %s", f.name(), a.id(), b.id()).isTrue();
                    assertThat(f.pairs()).anyMatch(p -> p.goal() && p.from().equals(f.goalFrom()));
                    assertThat(f.sideEffects().size()).isGreaterThanOrEqualTo(last);
                    last = f.sideEffects().size();
                }
            }
        }
        // Every broken pair of the examples has some fix: the candidates cover what the examples teach.
        assertThat(unfixed).as("%s: %d broken pairs", file.getFileName(), broken).isEmpty();
    }
}
