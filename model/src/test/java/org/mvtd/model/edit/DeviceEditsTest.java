package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.EditFixtures;

class DeviceEditsTest {
    private final Design w = EditFixtures.welcome();
    private final ElementRef eth0 = ElementRef.device("kvmhost", "eth0");

    @Test
    void stateAndHostAddressChangeOnlyThatDevice() {
        Design down = DeviceEdits.setUp(w, eth0, false).design();
        assertThat(Elements.device(down, eth0).orElseThrow().up()).isFalse();
        Design noAddress = DeviceEdits.setHostAddress(w, eth0, false).design();
        assertThat(Elements.device(noAddress, eth0).orElseThrow().hostAddress()).isFalse();
        assertThat(noAddress.withHost("kvmhost", h -> h.withDevice("eth0", d -> d.withHostAddress(true)))).isEqualTo(w);
        assertThatThrownBy(() -> DeviceEdits.setUp(w, ElementRef.device("kvmhost", "eth9"), true))
                .hasMessageContaining("does not exist");
    }

    @Test
    void hairpinIsSetOnTheNamedSwitch() {
        String sw = w.switches().get(0).name();
        Design on = DeviceEdits.setHairpin(w, ElementRef.sw(sw), true).design();
        assertThat(on.switchNamed(sw).orElseThrow().hairpin()).isTrue();
        assertThatThrownBy(() -> DeviceEdits.setHairpin(w, ElementRef.sw("nowhere"), true))
                .hasMessageContaining("does not exist");
    }

    @Test
    void addingAnEndpointIsRefusedByTheNameAndPassthruRules() {
        EditResult added = EndpointEdits.add(w, "kvmhost", Endpoint.macvlan("shim0", "eth0", MacvlanMode.BRIDGE));
        assertThat(added.accepted()).isTrue();
        assertThat(added.created()).containsExactly(ElementRef.endpoint("kvmhost", "shim0"));
        assertThat(EndpointEdits.add(w, "kvmhost", Endpoint.macvlan("macvtap0", "eth0", MacvlanMode.BRIDGE)).refusal())
                .contains("already used");
        assertThat(EndpointEdits.add(w, "kvmhost", Endpoint.macvlan("pt0", "eth0", MacvlanMode.PASSTHRU)).refusal())
                .contains("passthru");
        assertThat(EndpointEdits.add(w, "kvmhost", Endpoint.macvlan("x0", "eth7", MacvlanMode.BRIDGE)).refusal())
                .contains("no lower device eth7");
    }
}
