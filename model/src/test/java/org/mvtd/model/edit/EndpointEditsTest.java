package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.EditFixtures;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

class EndpointEditsTest {
    private final Design w = EditFixtures.welcome();
    private final ElementRef tap0 = ElementRef.endpoint("kvmhost", "macvtap0");

    @Test
    void passthruBesideANeighbourIsRefusedByTheRuleTheValidatorApplies() {
        EditResult r = EndpointEdits.setMode(w, tap0, MacvlanMode.PASSTHRU);
        assertThat(r.accepted()).isFalse();
        assertThat(r.refusal()).contains("must be alone on its device");
        Design forced = w.withHost("kvmhost", h -> h.withEndpoint("macvtap0", e -> e.withMode(MacvlanMode.PASSTHRU)));
        assertThat(Validator.validate(forced)).as("the validator refuses the same design")
                .anySatisfy(p -> assertThat(p.isError() && p.message().contains("passthru")).isTrue());
    }

    @Test
    void anAcceptedModeChangeChangesOnlyThatEndpoint() {
        EditResult r = EndpointEdits.setMode(w, tap0, MacvlanMode.PRIVATE);
        assertThat(r.accepted()).isTrue();
        assertThat(Elements.endpoint(r.design(), tap0).orElseThrow().mode()).isEqualTo(MacvlanMode.PRIVATE);
        assertThat(Elements.endpoint(r.design(), ElementRef.endpoint("kvmhost", "macvtap1")).orElseThrow().mode())
                .isEqualTo(MacvlanMode.BRIDGE);
        assertThat(Validator.validate(r.design()).stream().filter(Problem::isError)).isEmpty();
    }

    @Test
    void macvlanUnderAGuestAndABadMacAreRefused() {
        assertThat(EndpointEdits.setType(w, tap0, LinkType.MACVLAN).refusal()).contains("needs a macvtap endpoint");
        assertThat(EndpointEdits.setMac(w, tap0, "53:54:00:12:34:56").refusal()).contains("multicast");
        EditResult ok = EndpointEdits.setMac(w, tap0, " 52:54:00:AA:BB:CC ");
        assertThat(Elements.endpoint(ok.design(), tap0).orElseThrow().mac()).isEqualTo("52:54:00:aa:bb:cc");
        assertThat(Elements.endpoint(EndpointEdits.setMac(w, tap0, "").design(), tap0).orElseThrow().mac()).isNull();
    }

    @Test
    void aReferenceThatIsNoEndpointIsABadArgumentNamingIt() {
        assertThatThrownBy(() -> EndpointEdits.setMode(w, ElementRef.guest("uperf-client"), MacvlanMode.VEPA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guest uperf-client");
        assertThatThrownBy(() -> EndpointEdits.setMode(w, ElementRef.endpoint("kvmhost", "nope"), MacvlanMode.VEPA))
                .hasMessageContaining("does not exist");
    }
}
