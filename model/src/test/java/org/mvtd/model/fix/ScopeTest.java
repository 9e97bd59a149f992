package org.mvtd.model.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.edit.Connections;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.ReachEngine;
import org.mvtd.model.testing.RandomDesigns;

class ScopeTest {

    /** The scoped check must say what the whole validator says, for every candidate of many random designs. */
    @Test
    void scopedValidationAgreesWithTheWholeValidatorOnEveryCandidate() {
        int designs = 0;
        int checked = 0;
        int invalid = 0;
        for (long seed = 0; seed < 300; seed++) {
            Design design = RandomDesigns.generate(seed);
            if (!Scope.noErrors(design)) {
                continue;
            }
            designs++;
            List<Node> nodes = ReachEngine.of(design).nodes();
            for (int i = 0; i + 1 < nodes.size(); i += 2) {
                List<Candidates.Candidate> singles = Candidates.singles(design, nodes.get(i), nodes.get(i + 1));
                for (Candidates.Candidate c : singles) {
                    Design result = c.edit().apply(design);
                    boolean whole = Scope.noErrors(result);
                    assertThat(Scope.editIsValid(design, result)).as("seed %d, %s", seed, c.name()).isEqualTo(whole);
                    checked++;
                    invalid += whole ? 0 : 1;
                }
            }
            // The editing layer refuses a passthru beside another endpoint, so the candidates never make one:
            // made past it, such edits are where the scoped check must still see the error.
            for (org.mvtd.model.Host h : design.hosts()) {
                for (Endpoint e : h.endpoints()) {
                    Design result = design.withHost(h.name(), x -> x.withEndpoint(e.name(),
                            y -> y.withMode(e.mode() == MacvlanMode.PASSTHRU ? MacvlanMode.BRIDGE : MacvlanMode.PASSTHRU)));
                    boolean whole = Scope.noErrors(result);
                    assertThat(Scope.editIsValid(design, result)).as("seed %d, %s mode", seed, e.name()).isEqualTo(whole);
                    checked++;
                    invalid += whole ? 0 : 1;
                }
            }
        }
        assertThat(designs).isGreaterThan(50);
        assertThat(checked).isGreaterThan(500);
        // Some edits must be invalid (a passthru beside another endpoint), or the test proves nothing.
        assertThat(invalid).isPositive();
    }

    @Test
    void aMacClashOnTheSegmentADeviceIsPluggedIntoIsSeen() {
        Design design = DiagnoserTest.hostAndBridgeGuests()
                .withSwitches(List.of(org.mvtd.model.Switch.of("lan", false), org.mvtd.model.Switch.of("wan", false)))
                .withHost("kvm", h -> h.withEndpoint("macvtap0", e -> e.withMac("52:54:00:00:00:01")));
        Design other = design.withHosts(List.of(design.hosts().get(0), org.mvtd.model.Host.of("kvm2",
                List.of(org.mvtd.model.Device.of("eth0", "wan")),
                List.of(new Endpoint("m0", "eth0", org.mvtd.model.LinkType.MACVTAP, MacvlanMode.BRIDGE,
                        "52:54:00:00:00:01", true, null)))));
        assertThat(Scope.noErrors(other)).isTrue();
        Design plugged = ((Connections.Connected) Connections.connect(other, ElementRef.device("kvm", "eth0"),
                ElementRef.sw("wan"))).design();
        assertThat(Scope.noErrors(plugged)).isFalse();
        assertThat(Scope.editIsValid(other, plugged)).isFalse();
    }
}
