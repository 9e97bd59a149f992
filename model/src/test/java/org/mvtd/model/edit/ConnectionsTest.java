package org.mvtd.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.Design;
import org.mvtd.model.testing.EditFixtures;

class ConnectionsTest {
    private final Design d = EditFixtures.mixed();

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(ElementRef.guest("vm2"), ElementRef.endpoint("kvm1", "shim0"), "macvlan endpoint"),
                Arguments.of(ElementRef.endpoint("kvm1", "tap2"), ElementRef.device("kvm1", "eth0"), "refuses a second endpoint beside it"),
                Arguments.of(ElementRef.endpoint("kvm1", "pt0"), ElementRef.device("kvm1", "eth1"), "must be alone on its device"),
                Arguments.of(ElementRef.guest("vm2"), ElementRef.endpoint("kvm1", "tap1"), "already used by vm1"),
                Arguments.of(ElementRef.guest("vm1"), ElementRef.endpoint("kvm2", "tapx"), "its NICs can only use endpoints of kvm1"),
                Arguments.of(ElementRef.endpoint("kvm1", "tap2"), ElementRef.device("kvm2", "eth0"), "a device of its own host"),
                Arguments.of(ElementRef.guest("vm1"), ElementRef.sw("lan"), "macvtap endpoint"),
                Arguments.of(ElementRef.sw("lan"), ElementRef.sw("wan"), "separate segments"),
                Arguments.of(ElementRef.device("kvm1", "eth0"), ElementRef.device("kvm1", "eth1"), "never connect directly"),
                Arguments.of(ElementRef.device("kvm1", "eth0"), ElementRef.sw("lan"), "already plugged"));
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @MethodSource("refused")
    void illegalConnectionsAreRefusedWithAReason(ElementRef a, ElementRef b, String reason) {
        Connections.Outcome there = Connections.connect(d, a, b);
        Connections.Outcome back = Connections.connect(d, b, a);
        assertThat(there).isInstanceOf(Connections.Refused.class);
        assertThat(((Connections.Refused) there).reason()).contains(reason);
        assertThat(back).as("either drag direction").isEqualTo(there);
    }

    @Test
    void aGuestConnectsToAFreeMacvtapEndpointOfItsHost() {
        var o = Connections.connect(d, ElementRef.guest("vm2"), ElementRef.endpoint("kvm1", "tap2"));
        assertThat(o).isInstanceOf(Connections.Connected.class);
        Design next = ((Connections.Connected) o).design();
        assertThat(next.guestOn("kvm1", "tap2")).get().extracting(g -> g.name()).isEqualTo("vm2");
    }

    @Test
    void aGuestWithoutNicsFollowsTheEndpointToItsHost() {
        var o = Connections.connect(d, ElementRef.endpoint("kvm2", "tapx"), ElementRef.guest("vm2"));
        Design next = ((Connections.Connected) o).design();
        assertThat(next.guest("vm2").orElseThrow().host()).isEqualTo("kvm2");
    }

    @Test
    void devicesAndStationsPlugIntoSwitches() {
        var dev = Connections.connect(d, ElementRef.sw("wan"), ElementRef.device("kvm1", "eth1"));
        assertThat(((Connections.Connected) dev).design().host("kvm1").orElseThrow().device("eth1").orElseThrow().switchName())
                .isEqualTo("wan");
        var st = Connections.connect(d, ElementRef.station("router"), ElementRef.sw("wan"));
        assertThat(((Connections.Connected) st).design().station("router").orElseThrow().switchName()).isEqualTo("wan");
    }

    @Test
    void anEndpointMovesToAnotherDeviceOfItsHost() {
        var o = Connections.connect(d, ElementRef.endpoint("kvm1", "shim0"), ElementRef.device("kvm1", "eth1"));
        assertThat(o).isInstanceOf(Connections.Refused.class); // already there
        Design moved = ((Connections.Connected) Connections.connect(EditFixtures.welcome().withHost("kvmhost",
                h -> h.withDevices(java.util.List.of(h.devices().get(0), org.mvtd.model.Device.of("eth1", "lan")))),
                ElementRef.endpoint("kvmhost", "macvtap0"), ElementRef.device("kvmhost", "eth1"))).design();
        assertThat(moved.host("kvmhost").orElseThrow().endpoint("macvtap0").orElseThrow().lower()).isEqualTo("eth1");
    }
}
