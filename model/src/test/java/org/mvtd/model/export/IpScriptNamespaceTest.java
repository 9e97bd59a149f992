package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * The generated ip scripts, run as root inside a fresh network namespace whose lower devices are
 * veths: they create exactly the design, a second run changes nothing, a wrong-shaped or missing
 * piece stops them before any change, and the teardown removes exactly the design's links.
 */
class IpScriptNamespaceTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needs() {
        Tools.assumeRoot();
        Tools.assumeInstalled("ip", "bash");
    }

    static Stream<Arguments> designs() {
        Map<String, Design> all = new HashMap<>(ExampleDesigns.all());
        all.put("shell-hostile", ExampleDesigns.shellHostile());
        return all.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private Path[] scripts(Design design) throws Exception {
        List<ExportedFile> files = new IpScriptExporter().export(design, Optional.empty());
        List<Path> paths = Tools.write(dir, files);
        return new Path[] {paths.get(0), paths.get(1)};
    }

    private static Host host(Design d) {
        return d.hosts().get(0);
    }

    private static void addLowers(Netns ns, Host h) {
        h.devices().stream().map(Device::name).forEach(ns::addLower);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void createsExactlyTheDesignIdempotentlyAndTearsItDown(String example, Design design) throws Exception {
        Path[] s = scripts(design);
        Host h = host(design);
        try (Netns ns = Netns.create()) {
            addLowers(ns, h);
            String someLower = h.devices().get(h.devices().size() - 1).name();
            Tools.Result first = ns.bash(s[0], Map.of());
            assertThat(first.exit()).as(first.all()).isZero();
            assertDesignPresent(ns.links(), h);

            Map<String, JsonNode> before = ns.links();
            Tools.Result second = ns.bash(s[0], Map.of());
            assertThat(second.exit()).as(second.all()).isZero();
            assertThat(second.out()).contains(", 0 created");
            Map<String, JsonNode> after = ns.links();
            for (Endpoint e : h.endpoints()) {
                assertThat(after.get(e.name()).get("ifindex").asInt()).as("%s left alone", e.name())
                        .isEqualTo(before.get(e.name()).get("ifindex").asInt());
            }

            // A macvlan the test makes on the same lower device must survive the teardown.
            boolean passthruThere = h.endpointsOn(someLower).stream().anyMatch(e -> e.mode() == MacvlanMode.PASSTHRU);
            if (!passthruThere) {
                ns.ip("link", "add", "link", someLower, "name", "foreign0", "type", "macvlan", "mode", "bridge");
            }
            Tools.Result down = ns.bash(s[1], Map.of());
            assertThat(down.exit()).as(down.all()).isZero();
            Map<String, JsonNode> left = ns.links();
            for (Endpoint e : h.endpoints()) {
                assertThat(left).as("teardown removes %s", e.name()).doesNotContainKey(e.name());
            }
            if (!passthruThere) {
                assertThat(left).containsKey("foreign0");
            }
            assertThat(left.keySet()).containsAll(h.devices().stream().map(Device::name).toList());
        }
    }

    /** Every endpoint exists with its kind, lower device, mode, MAC and state, and nothing else was made. */
    private static void assertDesignPresent(Map<String, JsonNode> links, Host h) {
        for (Endpoint e : h.endpoints()) {
            JsonNode l = links.get(e.name());
            assertThat(l).as("link %s exists", e.name()).isNotNull();
            assertThat(l.at("/linkinfo/info_kind").asText()).isEqualTo(e.type().kernelName());
            assertThat(l.at("/linkinfo/info_data/mode").asText()).isEqualTo(e.mode().kernelName());
            assertThat(l.get("link").asText()).isEqualTo(e.lower());
            if (e.mac() != null) {
                assertThat(l.get("address").asText()).isEqualTo(e.mac().toLowerCase(Locale.ROOT));
            }
            Set<String> flags = StreamSupport.stream(l.get("flags").spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.toSet());
            assertThat(flags.contains("UP")).as("%s admin state (flags %s)", e.name(), flags).isEqualTo(e.up());
            // a guest's macvtap admits the guest's IPv6 multicast, as mvtd apply makes it (HostSide.of)
            assertThat(flags.contains("ALLMULTI")).as("%s allmulticast (flags %s)", e.name(), flags)
                    .isEqualTo(e.type() == LinkType.MACVTAP);
        }
        long madeHere = links.values().stream()
                .filter(l -> Set.of("macvlan", "macvtap").contains(l.at("/linkinfo/info_kind").asText())).count();
        assertThat(madeHere).as("only the design's links").isEqualTo(h.endpoints().size());
    }

    @Test
    void wrongShapeIsReportedAndNothingChanges() throws Exception {
        Design d = ExampleDesigns.example("bridge-mode");
        Path[] s = scripts(d);
        try (Netns ns = Netns.create()) {
            ns.addLower("eth0");
            ns.ip("link", "add", "link", "eth0", "name", "macvtap1", "type", "macvlan", "mode", "vepa");
            Tools.Result r = ns.bash(s[0], Map.of());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("link macvtap1 exists as 'macvlan on eth0, mode vepa, MAC ")
                    .contains("the design wants 'macvtap on eth0, mode bridge, MAC 52:54:00:0a:8a:c2'")
                    .contains("nothing was changed");
            assertThat(ns.links()).doesNotContainKey("macvtap0");

            // The teardown will not remove a same-named link of another shape either.
            Tools.Result t = ns.bash(s[1], Map.of());
            assertThat(t.exit()).isEqualTo(1);
            assertThat(t.err()).contains("nothing was removed");
            assertThat(ns.links()).containsKey("macvtap1");
        }
    }

    @Test
    void missingLowerDeviceIsReportedAndNothingChanges() throws Exception {
        Path[] s = scripts(ExampleDesigns.example("passthru-sriov"));
        try (Netns ns = Netns.create()) {
            ns.addLower("eth0");
            Tools.Result r = ns.bash(s[0], Map.of());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("lower device enp3s0f0v1 is missing");
            assertThat(ns.links()).doesNotContainKey("macvtap9");
        }
    }

    @Test
    void qemuLauncherHandsTheTapToQemuAsFd3() throws Exception {
        Design d = ExampleDesigns.example("bridge-mode");
        Path[] s = scripts(d);
        Path launcher = Tools.write(dir, new QemuExporter().export(d, Optional.empty())).get(0);
        // A stand-in for qemu that prints its arguments and what fd 3 is.
        Path fake = Files.writeString(dir.resolve("fake-qemu"),
                "#!/bin/bash\nprintf 'arg %s\\n' \"$@\"\nstat -L -c 'fd3 %F %t:%T' /proc/$$/fd/3\n");
        fake.toFile().setExecutable(true);
        try (Netns ns = Netns.create()) {
            ns.addLower("eth0");
            assertThat(ns.bash(s[0], Map.of()).exit()).isZero();
            // Links of the ip-script carry no alias of ours, so root makes a private node for each tap.
            Tools.Result r = ns.bash(launcher, Map.of("QEMU", fake.toString(), "MVTD_VHOST_NET", "/dev/null"), "-m", "64");
            assertThat(r.exit()).as(r.all()).isZero();
            int ifindex = ns.links().get("macvtap0").get("ifindex").asInt();
            String dev = Tools.ok(List.of("ip", "netns", "exec", ns.name, "cat",
                    "/sys/class/net/macvtap0/macvtap/tap" + ifindex + "/dev")).out().strip();
            String[] mm = dev.split(":");
            String hex = Integer.toHexString(Integer.parseInt(mm[0])) + ":" + Integer.toHexString(Integer.parseInt(mm[1]));
            assertThat(r.out()).contains("arg -netdev\narg tap,fd=3,id=n0,vhost=on\n", "arg -accel\n")
                    .contains("arg virtio-net-pci,netdev=n0,mac=52:54:00:0a:8a:c1\n")
                    .contains("arg -m\narg 64\n")
                    .contains("fd3 character special file " + hex);

            Tools.Result missing = ns.bash(Tools.write(dir.resolve("more"),
                    new QemuExporter().export(ExampleDesigns.example("private-isolation"), Optional.empty())).get(0), Map.of("QEMU", fake.toString()));
            assertThat(missing.exit()).isEqualTo(1);
            assertThat(missing.err()).contains("link tenant-a is missing or is not a macvtap; create it first");
            assertThat(missing.out()).doesNotContain("arg ");
        }
    }
}
