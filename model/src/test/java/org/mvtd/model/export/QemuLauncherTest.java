package org.mvtd.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The qemu launcher's own logic, run for real against a stand-in sysfs and tap directory (the script's
 * MVTD_* overrides) and a stand-in qemu that prints what it was given: accelerator, vhost-net, the
 * user-owned node apply made, the MAC check, and that it runs as the desktop user. Root, to make the
 * device node the way the helper does (a node of /dev/null, so opening it is harmless).
 */
class QemuLauncherTest {
    private static final String USER = "65534";
    private static final String MAC = "52:54:00:0a:8a:c1";
    private static final String ID = "bridge-mode-on-one-nic-0a1b2c3d";
    private Path dir;
    private Path tapRoot;
    private Path sys;
    private Path launcher;
    private Path fake;

    @BeforeEach
    void setUp() throws Exception {
        Tools.assumeRoot();
        Tools.assumeInstalled("bash", "setpriv", "mknod");
        dir = Files.createTempDirectory("mvtd-qemu");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        // Device nodes open only on a filesystem without nodev: /dev, as the helper's own directory.
        tapRoot = Files.createDirectory(Path.of("/dev", "mvtd-qemu-test-" + UUID.randomUUID().toString().substring(0, 8)));
        sys = dir.resolve("sys");
        // as apply writes it: the uid, then the helper's mark
        link("macvtap0", MAC, "macvtap-designer:" + ID + ":macvtap0:" + USER + ":0123456789abcdef", "1:3");
        node(ID, "macvtap0", "1", "3", USER);
        launcher = Tools.write(dir, new QemuExporter().export(ExampleDesigns.example("bridge-mode"), Optional.empty())).get(0);
        fake = Files.writeString(dir.resolve("fake-qemu"),
                "#!/bin/bash\nprintf 'arg %s\\n' \"$@\"\nstat -L -c 'fd3 %F %t:%T' /proc/$$/fd/3\necho \"uid $(id -u)\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void tearDown() throws IOException {
        for (Path root : new Path[] {dir, tapRoot}) {
            if (root != null && Files.exists(root)) {
                try (var s = Files.walk(root)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /** A stand-in for /sys/class/net/NAME of a macvtap with ifindex 7. */
    private void link(String name, String mac, String alias, String dev) throws IOException {
        Path l = Files.createDirectories(sys.resolve(name).resolve("macvtap").resolve("tap7")).getParent().getParent();
        Files.writeString(l.resolve("address"), mac + "\n");
        Files.writeString(l.resolve("ifindex"), "7\n");
        Files.writeString(l.resolve("ifalias"), alias + "\n");
        Files.writeString(l.resolve("macvtap/tap7/dev"), dev + "\n");
    }

    /** The node apply makes: TAP_DIR/NETNS/UID/ID/ENDPOINT, a character device owned by the user, mode 0600. */
    private void node(String id, String endpoint, String major, String minor, String owner) throws IOException {
        Path d = Files.createDirectories(sessionDir().resolve(id));
        Path n = d.resolve(endpoint);
        Tools.ok(List.of("mknod", "-m", "0600", n.toString(), "c", major, minor));
        Tools.ok(List.of("chown", owner, n.toString()));
    }

    /** TAP_DIR/NETNS/UID: this network namespace's inode (the script runs in it too) and the user's uid. */
    private Path sessionDir() throws IOException {
        Object inode = Files.getAttribute(Path.of("/proc/self/ns/net"), "unix:ino");
        return tapRoot.resolve(String.valueOf(inode)).resolve(USER);
    }

    private Tools.Result launch(boolean asUser, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("QEMU", fake.toString(), "MVTD_TAP_DIR", tapRoot.toString(),
                "MVTD_SYS_NET", sys.toString(), "MVTD_KVM", dir.resolve("no-kvm").toString(),
                "MVTD_VHOST_NET", dir.resolve("no-vhost-net").toString()));
        env.putAll(extra);
        List<String> cmd = new ArrayList<>();
        if (asUser) {
            cmd.addAll(List.of("setpriv", "--reuid=" + USER, "--regid=" + USER, "--clear-groups"));
        }
        cmd.addAll(List.of("bash", launcher.toString(), "-m", "64"));
        return Tools.run(cmd, env);
    }

    @Test
    void theDesktopUserOpensApplysNodeWithTcgAndNoVhostWhereNeitherDeviceExists() {
        Tools.Result r = launch(true, Map.of());
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("arg -accel\narg tcg\n", "arg tap,fd=3,id=n0,vhost=off\n",
                "arg virtio-net-pci,netdev=n0,mac=" + MAC + "\n", "arg -m\narg 64\n",
                "fd3 character special file 1:3\n", "uid " + USER + "\n");
    }

    @Test
    void kvmAndVhostWhenTheirDevicesCanBeOpened() {
        Tools.Result r = launch(true, Map.of("MVTD_KVM", "/dev/null", "MVTD_VHOST_NET", "/dev/null"));
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("arg -accel\narg kvm\n", "arg tap,fd=3,id=n0,vhost=on\n");
        assertThat(launch(true, Map.of("MVTD_KVM", "/dev/null", "MVTD_ACCEL", "tcg")).out()).contains("arg -accel\narg tcg\n");
    }

    @Test
    void refusesToRunQemuAsRootOnApplysNodes() throws IOException {
        Tools.Result r = launch(false, Map.of());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("qemu need not run as root: run this script as the owner of "
                + sessionDir().resolve(ID).resolve("macvtap0") + " (uid " + USER + ")");
        assertThat(r.out()).doesNotContain("arg ");
    }

    @Test
    void aWrongMacAWrongNodeOrALinkApplyDidNotMakeStopsBeforeQemu() throws IOException {
        Files.writeString(sys.resolve("macvtap0/address"), "52:54:00:00:00:99\n");
        Tools.Result mac = launch(true, Map.of());
        assertThat(mac.exit()).isEqualTo(1);
        assertThat(mac.err()).contains("link macvtap0 has MAC 52:54:00:00:00:99 but the design says " + MAC);
        Files.writeString(sys.resolve("macvtap0/address"), MAC + "\n");

        Files.writeString(sys.resolve("macvtap0/macvtap/tap7/dev"), "1:5\n");
        Tools.Result other = launch(true, Map.of());
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains("is not link macvtap0's tap (device 1:5)");

        Files.writeString(sys.resolve("macvtap0/ifalias"), "\n");
        Tools.Result foreign = launch(true, Map.of());
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.err()).contains("link macvtap0 was not made by mvtd apply, so it has no tap node of yours");
        assertThat(mac.out() + other.out() + foreign.out()).doesNotContain("arg ");
    }
}
