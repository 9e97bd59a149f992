package org.mvtd.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/** Every rule FORMAT.md's version 2 adds, one broken design each, and the valid tour file clean. */
public class VersionTwoRulesTest {

    /** A valid version-2 design: eth0 untagged, eth0.100 on it, a bridge macvtap and a macvlan on the VLAN. */
    public static Design base() {
        return Design.empty("v2")
                .withSwitches(List.of(Switch.of("tor", false)))
                .withStations(List.of(Station.of("r", "tor").withVlan(100).withAddresses(List.of("192.0.2.1/24"))))
                .withHosts(List.of(Host.of("h", List.of(Device.of("eth0", "tor"), Device.vlan("eth0.100", "eth0", 100)),
                        List.of(Endpoint.macvtap("vm0", "eth0.100", MacvlanMode.BRIDGE).withAddresses(List.of("192.0.2.20/24")),
                                Endpoint.macvlan("c0", "eth0.100", MacvlanMode.BRIDGE)))))
                .withGuests(List.of(Guest.of("vm", "h", List.of(Nic.on("vm0"))),
                        Guest.container("web", "h", List.of(Nic.on("c0")))));
    }

    static Design host(UnaryOperator<Host> edit) {
        return base().withHost("h", edit);
    }

    static Design vlanDevice(UnaryOperator<Device> edit) {
        return host(h -> h.withDevice("eth0.100", edit));
    }

    static Design endpoint(String name, UnaryOperator<Endpoint> edit) {
        return host(h -> h.withEndpoint(name, edit));
    }

    @Test
    void theBaseAndTheTourFileAreClean() throws Exception {
        assertThat(Validator.validate(base())).isEmpty();
        LoadedDesign tour = DesignYaml.read(Files.readString(Examples.caseFile("version2-all-keys")), "tour");
        assertThat(Validator.validate(tour.design(), tour.sourceMap())).isEmpty();
    }

    static List<Arguments> broken() {
        return List.of(
            Arguments.of("VLAN id 0", vlanDevice(d -> d.withVlan(0)),
                "hosts[h].devices[eth0.100].vlan", "has VLAN id 0; VLAN ids are 1-4094"),
            Arguments.of("VLAN id 4095", vlanDevice(d -> d.withVlan(4095)),
                "hosts[h].devices[eth0.100].vlan", "has VLAN id 4095"),
            Arguments.of("station VLAN 5000", base().withStations(List.of(Station.of("r", "tor").withVlan(5000))),
                "stations[r].vlan", "station 'r' has VLAN id 5000"),
            Arguments.of("missing parent", vlanDevice(d -> d.withParent(null)),
                "hosts[h].devices[eth0.100].parent", "is kind vlan but has no 'parent'"),
            Arguments.of("missing id", vlanDevice(d -> d.withVlan(null)),
                "hosts[h].devices[eth0.100].vlan", "is kind vlan but has no 'vlan'"),
            Arguments.of("unknown parent", vlanDevice(d -> d.withParent("eth9")),
                "hosts[h].devices[eth0.100].parent", "has parent 'eth9', which host h does not have"),
            Arguments.of("itself as parent", vlanDevice(d -> d.withParent("eth0.100")),
                "hosts[h].devices[eth0.100].parent", "names itself as its parent"),
            Arguments.of("vlan on vlan", host(h -> h.withDevices(List.of(Device.of("eth0", "tor"),
                    Device.vlan("eth0.100", "eth0", 100), Device.vlan("eth0.100.5", "eth0.100", 5)))),
                "hosts[h].devices[eth0.100.5].parent", "which is a vlan device itself"),
            Arguments.of("a switch of its own", vlanDevice(d -> d.withSwitchName("tor")),
                "hosts[h].devices[eth0.100].switch", "leaves through its parent's cable"),
            Arguments.of("same VLAN twice on a parent", host(h -> h.withDevices(List.of(Device.of("eth0", "tor"),
                    Device.vlan("eth0.100", "eth0", 100), Device.vlan("v100", "eth0", 100)))),
                "hosts[h].devices[v100].vlan", "which 'eth0.100' is already; a parent carries each VLAN once"),
            Arguments.of("parent on an ethernet device", host(h -> h.withDevice("eth0", d -> d.withParent("x"))),
                "hosts[h].devices[eth0].parent", "has 'parent', which only a device of kind vlan has"),
            Arguments.of("address without prefix", endpoint("vm0", e -> e.withAddresses(List.of("192.0.2.20"))),
                "hosts[h].endpoints[vm0].addresses", "address '192.0.2.20' of endpoint 'vm0' of host h has no prefix length"),
            Arguments.of("network address", endpoint("vm0", e -> e.withAddresses(List.of("192.0.2.0/24"))),
                "hosts[h].endpoints[vm0].addresses", "is the network address of its /24"),
            Arguments.of("address twice on a segment", endpoint("c0", e -> e.withAddresses(List.of("192.0.2.20/25"))),
                "hosts[h].endpoints[c0].addresses", "is already endpoint 'vm0' of host h's on the same segment (VLAN 100 of switch tor)"),
            Arguments.of("addresses without a host stack", host(h -> h.withDevice("eth0",
                    d -> d.withHostAddress(false).withAddresses(List.of("198.51.100.1/24")))),
                "hosts[h].devices[eth0].addresses", "has addresses but 'hostAddress: false'"),
            Arguments.of("source mode without MACs", endpoint("c0", e -> e.withMode(MacvlanMode.SOURCE)),
                "hosts[h].endpoints[c0].sourceMacs", "is in source mode without 'sourceMacs'"),
            Arguments.of("sourceMacs in bridge mode", endpoint("c0", e -> e.withSourceMacs(List.of("52:54:00:00:00:01"))),
                "hosts[h].endpoints[c0].sourceMacs", "has 'sourceMacs' but is in bridge mode"),
            Arguments.of("a multicast source MAC", endpoint("c0", e -> e.withMode(MacvlanMode.SOURCE)
                    .withSourceMacs(List.of("01:00:5e:00:00:01"))),
                "hosts[h].endpoints[c0].sourceMacs", "source MAC '01:00:5e:00:00:01' of endpoint 'c0' of host h is a multicast"),
            Arguments.of("nodst outside source mode", endpoint("c0", e -> e.withNodst(true)),
                "hosts[h].endpoints[c0].nodst", "has 'nodst: true' but is in bridge mode"),
            Arguments.of("nopromisc outside passthru", endpoint("c0", e -> e.withNopromisc(true)),
                "hosts[h].endpoints[c0].nopromisc", "has 'nopromisc: true' but is in bridge mode"),
            Arguments.of("container on a macvtap", base().withGuests(List.of(Guest.container("web", "h", List.of(Nic.on("vm0"))))),
                "guests[web].nics[0].endpoint", "which is a macvtap; a container's NIC needs a macvlan endpoint"),
            Arguments.of("vm on a macvlan", base().withGuests(List.of(Guest.of("vm", "h", List.of(Nic.on("c0"))))),
                "guests[vm].nics[0].endpoint", "which is a macvlan; a guest NIC needs a macvtap endpoint"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachRuleHasItsOwnMessage(String name, Design design, String path, String message) {
        List<Problem> errors = Validator.validate(design).stream().filter(Problem::isError).toList();
        assertThat(errors).as(name).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
            assertThat(p.fix()).isNotBlank();
        });
    }

    @Test
    void macsAreUniquePerVlanSegmentSoTheSameMacMayRepeatAcrossVlans() {
        Design same = host(h -> h.withEndpoints(List.of(
                Endpoint.macvlan("a", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:00:00:01"),
                Endpoint.macvlan("c0", "eth0.100", MacvlanMode.BRIDGE).withMac("52:54:00:00:00:01"),
                Endpoint.macvtap("vm0", "eth0.100", MacvlanMode.BRIDGE).withMac("52:54:00:00:00:01"))));
        List<Problem> errors = Validator.validate(same).stream().filter(Problem::isError).toList();
        assertThat(errors).singleElement().satisfies(p -> assertThat(p.message())
                .contains("endpoint 'vm0' of host h is already used by endpoint 'c0' of host h on the same segment"
                        + " (VLAN 100 of switch tor)"));
    }

    @Test
    void aVersionOneVlanDeviceWithoutParentIsOnlyAWarning() {
        Design v1 = host(h -> h.withDevices(List.of(Device.of("eth0", "tor"),
                Device.of("eth0.100", "tor").withKind(org.mvtd.model.DeviceKind.VLAN))));
        assertThat(Validator.validate(v1)).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("judged as an untagged device on its own cable");
        });
    }

    @Test
    void aProblemInAFileIsLocatedAtItsLine() throws Exception {
        String text = Files.readString(Examples.caseFile("version2-all-keys")).replace("vlan: 100\n        hostAddress",
                "vlan: 4095\n        hostAddress");
        LoadedDesign loaded = DesignYaml.read(text, "t.mvtd.yaml");
        Problem p = Validator.validate(loaded.design(), loaded.sourceMap()).get(0);
        assertThat(p.format("t")).startsWith("t.mvtd.yaml:" + (lineOf(text, "vlan: 4095") + 1) + ":15: error: device"
                + " 'eth0.100' of host kvm1 has VLAN id 4095");
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count();
    }
}
