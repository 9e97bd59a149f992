package org.mvtd.backend.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.HelperMain;
import org.mvtd.backend.protocol.Protocol;

class BundledHelperTest {
    @Test
    void namesTheHelpersEntryPointAndSettings() throws Exception {
        assertThat(BundledHelper.MAIN).isEqualTo(HelperMain.class.getName());
        Method main = HelperMain.class.getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
        assertThat(BundledHelper.FORWARDED).containsExactly(HelperMain.JOURNAL_PROPERTY, HelperMain.TAP_DIR_PROPERTY,
                org.mvtd.backend.link.LowerDevices.VETH_PROPERTY);
    }

    @Test
    void runsThisJvmOnThisClassPathWithTheHelpersSettings() {
        String before = System.getProperty(HelperMain.JOURNAL_PROPERTY);
        System.setProperty(HelperMain.JOURNAL_PROPERTY, "/tmp/j x");
        try {
            List<String> argv = BundledHelper.command();
            assertThat(argv.get(4)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            assertThat(argv).contains("-D" + HelperMain.JOURNAL_PROPERTY + "=/tmp/j x");
            assertThat(argv.subList(argv.size() - 3, argv.size()))
                    .containsExactly("-cp", System.getProperty("java.class.path"), HelperMain.class.getName());
        } finally {
            if (before == null) {
                System.clearProperty(HelperMain.JOURNAL_PROPERTY);
            } else {
                System.setProperty(HelperMain.JOURNAL_PROPERTY, before);
            }
        }
    }

    @Test
    void aNormalUserAlwaysGoesThroughPolkitToTheInstalledLauncher() {
        assertThat(BundledHelper.local(false).argv()).containsExactly("pkexec", "--disable-internal-agent", Protocol.HELPER_PATH);
    }

    @Test
    void rootUsesTheLauncherWhenInstalledElseTheHelperInThisProgram() {
        List<String> argv = BundledHelper.local(true).argv();
        if (BundledHelper.installed()) {
            assertThat(argv).containsExactly(Protocol.HELPER_PATH);
        } else {
            assertThat(argv).isEqualTo(BundledHelper.command());
        }
    }

    @Test
    void theBundledHelperStartsUnderUmask077WhateverTheCallersIs() throws Exception {
        List<String> argv = new java.util.ArrayList<>(BundledHelper.command().subList(0, 4));
        assertThat(argv).containsExactly("/bin/sh", "-c", "umask 077 && exec \"$@\"", "sh");
        argv.addAll(List.of("/bin/sh", "-c", "umask"));
        // the caller's umask 0 first, as a careless pkexec caller would pass it on
        Process p = new ProcessBuilder(concat(List.of("/bin/sh", "-c", "umask 0 && exec \"$@\"", "sh"), argv)).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        assertThat(out).isEqualTo("0077");
    }

    @Test
    void theLaunchPolicyIsTheSameForEveryCaller() {
        BundledHelper.Launch user = BundledHelper.launch(java.nio.file.Path.of("/opt/x/helper"), false);
        assertThat(user.argv()).containsExactly("pkexec", "--disable-internal-agent", "/opt/x/helper");
        assertThat(user.prompts()).isTrue();
        BundledHelper.Launch root = BundledHelper.launch(java.nio.file.Path.of("/opt/x/helper"), true);
        assertThat(root.argv()).containsExactly("/opt/x/helper");
        assertThat(root.bundled()).isFalse();
        assertThat(root.prompts()).isFalse();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void rootIsTheEffectiveUidOfThisProcess() throws Exception {
        int uid = (Integer) java.nio.file.Files.getAttribute(java.nio.file.Path.of("/proc/self"), "unix:uid");
        assertThat(BundledHelper.runningAsRoot()).isEqualTo(uid == 0);
    }
}
