package org.mvtd.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Switch;
import org.mvtd.model.testing.RandomDesigns;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.yaml.LoadedDesign;

/** Rules on designs built in code (no file, so no locations) and the kernel name and MAC checks. */
class ValidatorTest {

    static Design oneHost(List<Device> devices, List<Endpoint> endpoints, List<Guest> guests) {
        return new Design(1, "t", List.of(Switch.of("tor", false)), List.of(),
                List.of(Host.of("h", devices, endpoints)), guests);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eth0", "a", "enp3s0f0np01234", "eth0.100", "br-lan", "null", "a_b", "ifx", "x-"})
    void kernelAcceptsTheseNames(String name) {
        assertThat(Validator.interfaceNameProblem(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|is empty; Linux interface names are 1-15 bytes",
        "enp3s0f0np012345|is 16 bytes; Linux interface names are 1-15 bytes",
        "ééééééééé|is 18 bytes; Linux interface names are 1-15 bytes",
        ".|is not allowed: Linux refuses '.' and '..' as interface names",
        "a:b|contains ':', which Linux interface names cannot hold",
        "a\tb|contains whitespace, which Linux interface names cannot hold",
        "tapä|contains 'ä': use only ASCII letters, digits, '.', '-' and '_' (names also become file names and shell words)",
        "mac+vtap0|contains '+': use only ASCII letters, digits, '.', '-' and '_' (names also become file names and shell words)",
        "all|is reserved: Linux keeps 'all' and 'default' for its per-interface settings",
        "default|is reserved: Linux keeps 'all' and 'default' for its per-interface settings",
        "eth0..1|contains '..', which could climb out of the directory of guests' device nodes",
        "-x|starts with '-', which tools read as an option or a hidden file",
        "if3|starts with 'if' and a digit, which iproute2 reads as an interface index (if3 means ifindex 3)"})
    void kernelRefusesTheseNames(String name, String why) {
        assertThat(Validator.interfaceNameProblem(name)).contains(why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "52:54:00:b8:9c:58|",
        "52:54:00:B8:9C:58|",
        "02:00:00:00:00:00|",
        "33:33:00:00:00:01|is a multicast address (lowest bit of the first octet set); an interface needs a unicast one",
        "ff:ff:ff:ff:ff:ff|is a multicast address (lowest bit of the first octet set); an interface needs a unicast one",
        "00:00:00:00:00:00|is all zeros, which no interface may have",
        "52-54-00-b8-9c-58|is not six hex pairs separated by ':'",
        "52:54:00:b8:9c:5|is not six hex pairs separated by ':'",
        "52:54:00:b8:9c:5g|is not six hex pairs separated by ':'"})
    void macChecks(String mac, String why) {
        assertThat(Validator.macProblem(mac)).isEqualTo(java.util.Optional.ofNullable(why));
    }

    @Test
    void macsCompareWithoutCaseWithinASegment() {
        Design d = oneHost(List.of(Device.of("eth0", "tor")), List.of(
                Endpoint.macvtap("m0", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:AA:00:01"),
                Endpoint.macvtap("m1", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:aa:00:01")), List.of());
        assertThat(Validator.validate(d)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("hosts[h].endpoints[m1].mac");
            assertThat(p.location()).isNull();
        });
    }

    @Test
    void oneGuestUsingAnEndpointTwiceIsAnError() {
        Design d = oneHost(List.of(Device.of("eth0", "tor")),
                List.of(Endpoint.macvtap("m0", "eth0", MacvlanMode.BRIDGE)),
                List.of(Guest.of("vm", "h", List.of(Nic.on("m0"), Nic.on("m0")))));
        assertThat(Validator.validate(d)).extracting(Problem::message).containsExactly(
                "NIC 1 of guest 'vm' uses endpoint 'm0' of host h, which NIC 0 of guest 'vm' uses already; an"
                        + " endpoint serves at most one guest NIC");
    }

    @Test
    void aDuplicateIsLocatedAtItsOwnLine() throws Exception {
        LoadedDesign loaded = DesignYaml.read("""
                version: 1
                switches:
                  - name: tor
                  - name: lan
                  - name: tor
                """, "d.yaml");
        assertThat(Validator.validate(loaded.design(), loaded.sourceMap())).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("switch name 'tor' is used twice");
            assertThat(p.location()).hasToString("d.yaml:5:11");
        });
    }

    @Test
    void errorsAndWarningsKeepDesignOrder() {
        Design d = oneHost(List.of(Device.of("eth0", null), Device.of("eth1", "nowhere")), List.of(
                Endpoint.macvtap("m0", "eth0", MacvlanMode.VEPA),
                Endpoint.macvtap("m1", "eth9", MacvlanMode.BRIDGE),
                Endpoint.macvtap("m2", "eth0", MacvlanMode.VEPA)), List.of());
        assertThat(Validator.validate(d)).extracting(Problem::path).containsExactly(
                "hosts[h].devices[eth1].switch", "hosts[h].endpoints[m1].lower",
                "hosts[h].endpoints[m0].mode", "hosts[h].endpoints[m2].mode");
        assertThat(Validator.validate(d)).isEqualTo(Validator.validate(d));
    }

    @Test
    void hostAndStationNamesMayNotHoldASlash() {
        Design d = new Design(1, "t", List.of(), List.of(), List.of(Host.of("a/b", List.of(), List.of())), List.of());
        assertThat(Validator.validate(d)).extracting(Problem::message).containsExactly(
                "host name 'a/b' contains '/', which separates host and interface in node names");
    }

    @Test
    void largeGeneratedDesignsValidateWithoutErrors() {
        Design d = RandomDesigns.generate(11, RandomDesigns.Shape.large());
        assertThat(Validator.validate(d)).noneMatch(Problem::isError);
    }
}
