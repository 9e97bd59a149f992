package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    @Test
    void aContainersEndpointStaysMacvlanAndLeavingSourceModeDropsItsList() {
        Design d = w.withHost("kvmhost", h -> h.withEndpoints(append(h.endpoints(),
                org.mvtd.model.Endpoint.macvlan("c0", h.devices().get(0).name(), MacvlanMode.SOURCE)
                        .withSourceMacs(List.of("52:54:00:00:00:01")).withNodst(true))))
                .withGuests(List.of(org.mvtd.model.Guest.container("web", "kvmhost", List.of(org.mvtd.model.Nic.on("c0")))));
        ElementRef c0 = ElementRef.endpoint("kvmhost", "c0");
        assertThat(EndpointEdits.setType(d, c0, LinkType.MACVTAP).refusal()).contains("a container's NIC needs a macvlan endpoint");
        EditResult bridge = EndpointEdits.setMode(d, c0, MacvlanMode.BRIDGE);
        org.mvtd.model.Endpoint after = Elements.endpoint(bridge.design(), c0).orElseThrow();
        assertThat(after.sourceMacs()).isEmpty();
        assertThat(after.nodst()).isFalse();
        assertThat(Validator.validate(bridge.design()).stream().filter(Problem::isError)).isEmpty();
        assertThat(Connections.connect(d, ElementRef.guest("web"), tap0)).isInstanceOf(Connections.Refused.class);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }
}
