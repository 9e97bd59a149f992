package org.mvtd.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.FormatVersions;
import org.mvtd.model.GuestKind;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Station;
import org.mvtd.model.testing.Examples;

/** Version-2 keys: bound as FORMAT.md spells them, written back unchanged, refused in a version-1 file. */
class VersionTwoYamlTest {
    private static final String CASE = "version2-all-keys";

    @Test
    void bindsEveryVersionTwoKey() throws Exception {
        Design d = Examples.load(Examples.caseFile(CASE)).design();
        assertThat(d.version()).isEqualTo(2);
        Station router = d.station("router").orElseThrow();
        assertThat(router.vlan()).isEqualTo(100);
        assertThat(router.addresses()).containsExactly("192.0.2.1/24", "2001:db8:100::1/64");
        Host h = d.host("kvm1").orElseThrow();
        Device vlan = h.device("eth0.100").orElseThrow();
        assertThat(vlan.kind()).isEqualTo(DeviceKind.VLAN);
        assertThat(vlan.parent()).isEqualTo("eth0");
        assertThat(vlan.vlan()).isEqualTo(100);
        assertThat(vlan.switchName()).isNull();
        assertThat(h.device("eth0").orElseThrow().addresses()).containsExactly("198.51.100.10/24");
        Endpoint mon = h.endpoint("mon0").orElseThrow();
        assertThat(mon.mode()).isEqualTo(MacvlanMode.SOURCE);
        assertThat(mon.sourceMacs()).containsExactly("52:54:00:aa:bb:cc");
        assertThat(mon.nodst()).isTrue();
        assertThat(h.endpoint("pt0").orElseThrow().nopromisc()).isTrue();
        assertThat(h.endpoint("macvtap0").orElseThrow().addresses()).hasSize(2);
        assertThat(d.guest("web").orElseThrow().kind()).isEqualTo(GuestKind.CONTAINER);
        assertThat(d.guest("vm1").orElseThrow().kind()).isEqualTo(GuestKind.VM);
        assertThat(FormatVersions.required(d)).isEqualTo(2);
    }

    @Test
    void aVersionTwoFileRoundTripsByteForByte() throws Exception {
        String text = Files.readString(Examples.caseFile(CASE));
        LoadedDesign loaded = DesignYaml.read(text, "v2.mvtd.yaml");
        assertThat(DesignYaml.toYaml(loaded)).isEqualTo(text);
        assertThat(DesignYaml.read(DesignYaml.toYaml(loaded.design()), "again").design()).isEqualTo(loaded.design());
    }

    @Test
    void aDesignUsingNothingOfVersionTwoIsWrittenAsVersionOne() throws Exception {
        String text = """
                version: 2
                hosts:
                  - name: h
                    devices:
                      - name: eth0
                        kind: vlan
                    endpoints:
                      - name: m0
                        lower: eth0
                        type: macvlan
                        nodst: false
                guests:
                  - name: g
                    host: h
                    kind: vm
                """;
        String written = DesignYaml.toYaml(DesignYaml.read(text, "t.mvtd.yaml"));
        assertThat(written).startsWith("version: 1\n").doesNotContain("nodst").doesNotContain("kind: vm");
        assertThat(DesignYaml.read(written, "back").design().hosts()).isEqualTo(
                DesignYaml.read(text, "t").design().hosts());
    }

    @Test
    void addingAVersionTwoKeyRaisesTheWrittenVersion() {
        Design v1 = Design.empty("d").withHosts(List.of(Host.of("h", List.of(Device.of("eth0", null)), List.of())));
        assertThat(DesignYaml.toYaml(v1)).startsWith("version: 1\n");
        Design v2 = v1.withHost("h", h -> h.withDevices(List.of(Device.of("eth0", null),
                Device.vlan("eth0.7", "eth0", 7))));
        assertThat(DesignYaml.toYaml(v2)).startsWith("version: 2\n").contains("""
                      - name: eth0.7
                        kind: vlan
                        parent: eth0
                        vlan: 7
                """);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "station vlan in a v1 file|version: 1|    vlan: 100|4:5: error: key 'vlan' in stations[r] is a version-2 key, but the file says version 1",
        "vlan not a number|version: 2|    vlan: abc|4:11: error: stations[r].vlan must be a whole number, found 'abc'",
        "addresses not a list|version: 2|    addresses: 192.0.2.1/24|4:16: error: stations[r].addresses must be a list, found '192.0.2.1/24'",
        "address item a mapping|version: 2|    addresses: [{a: 1}]|4:17: error: item 1 of stations[r].addresses must be text, found a mapping",
    })
    void badStationKeysNameTheProblemAndThePlace(String name, String version, String line, String expected) {
        String text = version + "\nstations:\n  - name: r\n    switch: s\n".replace("  - name: r\n", "  - name: r\n    " + line.strip() + "\n");
        assertThat(problems(text)).containsExactly("t.mvtd.yaml:" + expected);
    }

    @Test
    void sourceModeInAVersionOneFileIsRefused() {
        String text = """
                version: 1
                hosts:
                  - name: h
                    endpoints:
                      - name: m
                        lower: eth0
                        type: macvlan
                        mode: source
                """;
        assertThat(problems(text)).containsExactly("t.mvtd.yaml:8:15: error: mode 'source' in hosts[h].endpoints[m] is a"
                + " version-2 mode, but the file says version 1");
    }

    @Test
    void aContainersNicTakesNoVmSettings() {
        String text = """
                version: 2
                guests:
                  - name: c
                    host: h
                    kind: container
                    nics:
                      - endpoint: m0
                        model: e1000
                """;
        assertThat(problems(text)).containsExactly("t.mvtd.yaml:8:16: error: 'model' in guests[c].nics[0] is a virtual"
                + " machine's NIC setting; a container's NIC is the macvlan endpoint itself");
    }

    @Test
    void anUnknownGuestKindIsNamedWithTheKnownOnes() {
        String text = "version: 2\nguests:\n  - name: c\n    host: h\n    kind: contianer\n";
        assertThat(problems(text)).singleElement().asString()
                .contains("5:11: error: bad value 'contianer' for guests[c].kind: expected one of vm, container; did you mean 'container'?");
    }

    private static List<String> problems(String text) {
        try {
            DesignYaml.read(text, "t.mvtd.yaml");
            return List.of();
        } catch (DesignFormatException e) {
            return e.problems().stream().map(p -> p.format("t.mvtd.yaml").replaceFirst(" \\[.*$", "")).toList();
        }
    }
}
