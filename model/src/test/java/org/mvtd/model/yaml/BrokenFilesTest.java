package org.mvtd.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/**
 * One broken file per row: a valid base design with one or two lines changed, and the exact line the user
 * sees ({@code file:line:col: severity: message}), whether the reader or the validator finds the problem.
 */
class BrokenFilesTest {
    static final String FILE = "t.mvtd.yaml";

    /** Line numbers matter: the rows below edit lines of this text by number. */
    static final String BASE = """
            version: 1
            name: lab
            switches:
              - name: tor1
                hairpin: false
            stations:
              - name: router
                switch: tor1
            hosts:
              - name: kvm1
                devices:
                  - name: eth0
                    switch: tor1
                    hostAddress: false
                  - name: eth1
                    switch: tor1
                endpoints:
                  - name: macvtap0
                    lower: eth0
                    type: macvtap
                    mode: bridge
                    mac: "52:54:00:00:00:01"
                  - name: macvtap1
                    lower: eth0
                    type: macvtap
                    mode: bridge
                    mac: "52:54:00:00:00:02"
                  - name: shim0
                    lower: eth0
                    type: macvlan
                    mode: bridge
              - name: kvm2
                devices:
                  - name: eth0
                    switch: tor1
                endpoints:
                  - name: macvtap5
                    lower: eth0
                    type: macvtap
                    mode: vepa
            guests:
              - name: vm1
                host: kvm1
                nics:
                  - endpoint: macvtap0
              - name: vm2
                host: kvm1
                nics:
                  - endpoint: macvtap1
            """;

    /** kvm2's eth0 without the host's address and with passthru macvtap5; lines after 35 move down by one. */
    static final Object[] KVM2_PASSTHRU = {35, "        switch: tor1\n        hostAddress: false",
        40, "        mode: passthru"};

    static Stream<Arguments> rows() {
        return Stream.of(
                row("misspelt key with a suggestion", edits(5, "    hairpn: false"),
                        "5:5: error: unknown key 'hairpn' in switches[tor1]; did you mean 'hairpin'?"),
                row("unknown key far from any known one", edits(5, "    colour: red"),
                        "5:5: error: unknown key 'colour' in switches[tor1]"),
                row("wrong type", edits(14, "        hostAddress: maybe"),
                        "14:22: error: hosts[kvm1].devices[eth0].hostAddress must be true or false, found 'maybe'"),
                row("yes is not a boolean here", edits(5, "    hairpin: yes"),
                        "5:14: error: switches[tor1].hairpin must be true or false, found 'yes'"),
                row("list expected", edits(6, "stations: router", 7, "", 8, ""),
                        "6:11: error: expected a list of stations for stations, found 'router'"),
                row("bad enum value", edits(21, "        mode: bridgee"),
                        "21:15: error: bad value 'bridgee' for hosts[kvm1].endpoints[macvtap0].mode: expected one of"
                                + " vepa, bridge, private, passthru; did you mean 'bridge'?"),
                row("bad device kind", edits(13, "        kind: wifi\n        switch: tor1"),
                        "13:15: error: bad value 'wifi' for hosts[kvm1].devices[eth0].kind: expected one of"
                                + " ethernet, bond, vlan, bridge"),
                row("missing required key", edits(20, "        up: true"),
                        "18:9: error: missing required key 'type' in hosts[kvm1].endpoints[macvtap0]"),
                row("duplicate key", edits(21, "        mode: bridge\n        mode: vepa"),
                        "22:9: error: duplicate key 'mode' in hosts[kvm1].endpoints[macvtap0] (first given at line 21)"),
                row("position of three numbers", edits(5, "    at: [1, 2, 3]"),
                        "5:9: error: switches[tor1].at must be a position [x, y] of two numbers, found ['1', '2', '3']"),
                row("dangling lower", edits(19, "        lower: eth9"),
                        "19:16: error: endpoint 'macvtap0' of host kvm1 sits on lower device 'eth9', which host kvm1"
                                + " does not have"),
                row("lower names an endpoint", edits(19, "        lower: shim0"),
                        "19:16: error: endpoint 'macvtap0' of host kvm1 sits on lower device 'shim0', which is an"
                                + " endpoint, not a device"),
                row("dangling station switch", edits(8, "    switch: tor9"),
                        "8:13: error: station 'router' is plugged into switch 'tor9', which does not exist"),
                row("dangling device switch", edits(16, "        switch: tor2"),
                        "16:17: error: device 'eth1' of host kvm1 is plugged into switch 'tor2', which does not exist"),
                row("dangling guest host", edits(47, "    host: kvm3"),
                        "47:11: error: guest 'vm2' runs on host 'kvm3', which does not exist"),
                row("duplicate endpoint name", edits(28, "      - name: macvtap1"),
                        "28:15: error: name 'macvtap1' is used twice in host kvm1 (by two endpoints; devices and"
                                + " endpoints share one namespace)"),
                row("endpoint named like a device", edits(28, "      - name: eth1"),
                        "28:15: error: name 'eth1' is used twice in host kvm1 (by a device and an endpoint; devices and"
                                + " endpoints share one namespace)"),
                row("duplicate host name", edits(32, "  - name: kvm1"),
                        "32:11: error: host name 'kvm1' is used twice"),
                row("name of 16 bytes", edits(15, "      - name: enp3s0f0np012345"),
                        "15:15: error: device name 'enp3s0f0np012345' of host kvm1 is 16 bytes; Linux interface names"
                                + " are 1-15 bytes"),
                row("name with a slash", edits(15, "      - name: eth/1"),
                        "15:15: error: device name 'eth/1' of host kvm1 contains '/', which Linux interface names"
                                + " cannot hold"),
                row("name ..", edits(15, "      - name: '..'"),
                        "15:15: error: device name '..' of host kvm1 is not allowed: Linux refuses '.' and '..' as"
                                + " interface names"),
                row("name with a space", edits(15, "      - name: eth 1"),
                        "15:15: error: device name 'eth 1' of host kvm1 contains whitespace, which Linux interface"
                                + " names cannot hold"),
                row("multicast MAC", edits(22, "        mac: \"01:00:5e:00:00:01\""),
                        "22:14: error: MAC '01:00:5e:00:00:01' of endpoint 'macvtap0' on host kvm1 is a multicast"
                                + " address (lowest bit of the first octet set); an interface needs a unicast one"),
                row("malformed MAC", edits(22, "        mac: \"52:54:00:00:01\""),
                        "22:14: error: MAC '52:54:00:00:01' of endpoint 'macvtap0' on host kvm1 is not six hex pairs"
                                + " separated by ':'"),
                row("all-zero MAC", edits(22, "        mac: \"00:00:00:00:00:00\""),
                        "22:14: error: MAC '00:00:00:00:00:00' of endpoint 'macvtap0' on host kvm1 is all zeros,"
                                + " which no interface may have"),
                row("second passthru", edits(concat(KVM2_PASSTHRU, 40, "        mode: passthru\n"
                                + "      - name: macvtap6\n        lower: eth0\n        type: macvtap\n"
                                + "        mode: passthru")),
                        "45:15: error: device 'eth0' of host kvm2 has a second passthru endpoint 'macvtap6'"
                                + " ('macvtap5' is passthru already); a device takes at most one"),
                row("endpoint beside passthru", edits(concat(KVM2_PASSTHRU, 40, "        mode: passthru\n"
                                + "      - name: macvtap6\n        lower: eth0\n        type: macvtap\n"
                                + "        mode: bridge")),
                        "43:16: error: endpoint 'macvtap6' of host kvm2 sits beside passthru endpoint 'macvtap5' on"
                                + " device 'eth0'; a passthru endpoint owns its device alone"),
                row("guest NIC on macvlan", edits(49, "      - endpoint: shim0"),
                        "49:19: error: NIC 0 of guest 'vm2' uses endpoint 'shim0' of host kvm1, which is a macvlan;"
                                + " a guest NIC needs a macvtap endpoint"),
                row("guest NIC on another host's endpoint", edits(49, "      - endpoint: macvtap5"),
                        "49:19: error: NIC 0 of guest 'vm2' uses endpoint 'macvtap5' of host kvm2, but vm2 runs on"
                                + " kvm1; a guest NIC must use an endpoint of its own host"),
                row("guest NIC on a missing endpoint", edits(49, "      - endpoint: macvtap7"),
                        "49:19: error: NIC 0 of guest 'vm2' uses endpoint 'macvtap7', which host kvm1 does not have"),
                row("shared endpoint", edits(49, "      - endpoint: macvtap0"),
                        "49:19: error: NIC 0 of guest 'vm2' uses endpoint 'macvtap0' of host kvm1, which NIC 0 of"
                                + " guest 'vm1' uses already; an endpoint serves at most one guest NIC"),
                row("duplicate MAC in a segment", edits(27, "        mac: \"52:54:00:00:00:01\""),
                        "27:14: error: MAC 52:54:00:00:00:01 of endpoint 'macvtap1' of host kvm1 is already used by"
                                + " endpoint 'macvtap0' of host kvm1 on the same segment (switch tor1)"),
                row("duplicate MAC across hosts on one switch", edits(40, "        mode: vepa\n"
                                + "        mac: \"52:54:00:00:00:02\""),
                        "41:14: error: MAC 52:54:00:00:00:02 of endpoint 'macvtap5' of host kvm2 is already used by"
                                + " endpoint 'macvtap1' of host kvm1 on the same segment (switch tor1)"),
                row("version 3", edits(1, "version: 3"),
                        "1:10: error: this build reads version 1 and 2 files; t.mvtd.yaml is version 3"),
                row("version 0", edits(1, "version: 0"), "1:10: error: version must be 1 or more, found 0"),
                row("missing version", edits(1, ""),
                        "1:1: error: missing required key 'version' at top level (this build reads version 1 and 2 files)"),
                row("passthru on a device with the host's address", edits(35, "        switch: tor1",
                                40, "        mode: passthru"),
                        "40:15: warning: passthru endpoint 'macvtap5' of host kvm2 takes over device 'eth0', which"
                                + " carries the host's own address (hostAddress: true): the endpoint takes the"
                                + " device's MAC and every unicast frame"),
                row("vepa on an unplugged device", edits(35, ""),
                        "39:15: warning: vepa endpoint 'macvtap5' of host kvm2 is on unplugged device 'eth0': vepa"
                                + " sends every frame out to the switch, so it reaches nobody"),
                row("guest NIC on a down endpoint", edits(26, "        mode: bridge\n        up: false"),
                        "50:19: warning: NIC 0 of guest 'vm2' uses endpoint 'macvtap1' of host kvm1, which is down"),
                row("YAML syntax error", edits(5, "    hairpin: [false"),
                        "6:9: error: YAML syntax error: while parsing a flow sequence"));
    }

    @Test
    void theBaseIsClean() throws DesignFormatException {
        assertThat(problems(BASE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reportsExactlyThisProblem(String name, String text, String expected) {
        assertThat(problems(text)).containsExactly(FILE + ":" + expected);
    }

    @Test
    void collectsSeveralStructuralErrorsInFileOrder() {
        String text = apply(BASE, edits(5, "    hairpn: false", 14, "        hostAddress: 3", 21, "        mode: bridgee"));
        assertThat(problems(text)).hasSize(3).extracting(s -> s.split(": ", 2)[0])
                .containsExactly(FILE + ":5:5", FILE + ":14:22", FILE + ":21:15");
    }

    @Test
    void equalMacsOnTwoUnpluggedDevicesAreDifferentSegments() {
        String text = apply(BASE, edits(13, "", 16, "", 24, "        lower: eth1",
                27, "        mac: \"52:54:00:00:00:01\""));
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void everyProblemSaysHowToFixIt() throws DesignFormatException {
        String text = apply(BASE, edits(49, "      - endpoint: macvtap0"));
        LoadedDesign loaded = DesignYaml.read(text, FILE);
        assertThat(Validator.validate(loaded.design(), loaded.sourceMap()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.fix()).isEqualTo("Give each guest NIC its own endpoint.");
                    assertThat(p.path()).isEqualTo("guests[vm2].nics[0].endpoint");
                });
    }

    @Test
    void errorsComeBeforeWarnings() throws DesignFormatException {
        String text = apply(BASE, edits(26, "        mode: bridge\n        up: false", 8, "    switch: tor9"));
        LoadedDesign loaded = DesignYaml.read(text, FILE);
        assertThat(Validator.validate(loaded.design(), loaded.sourceMap())).extracting(Problem::isError)
                .containsExactly(true, false);
    }

    private static List<String> problems(String text) {
        try {
            LoadedDesign loaded = DesignYaml.read(text, FILE);
            return Validator.validate(loaded.design(), loaded.sourceMap()).stream().map(BrokenFilesTest::line).toList();
        } catch (DesignFormatException e) {
            return e.problems().stream().map(BrokenFilesTest::line).toList();
        }
    }

    private static String line(Problem p) {
        return p.location() + ": " + p.severity().label() + ": " + p.message();
    }

    private static Arguments row(String name, Object[] edits, String expected) {
        return Arguments.of(name, apply(BASE, edits), expected);
    }

    static Object[] edits(Object... lineThenText) {
        return lineThenText;
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Replaces numbered lines of {@code base} (the last edit of a line wins); "" removes the line. */
    static String apply(String base, Object[] edits) {
        TreeMap<Integer, String> byLine = new TreeMap<>();
        for (int i = 0; i < edits.length; i += 2) {
            byLine.put((Integer) edits[i], (String) edits[i + 1]);
        }
        List<String> lines = new ArrayList<>(base.lines().toList());
        StringBuilder sb = new StringBuilder();
        for (int n = 1; n <= lines.size(); n++) {
            String text = byLine.getOrDefault(n, lines.get(n - 1));
            if (byLine.containsKey(n) && text.isEmpty()) {
                continue;
            }
            sb.append(text).append('\n');
        }
        return sb.toString();
    }
}
