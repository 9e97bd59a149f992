package org.mvtd.backend.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pieces of the real guests' image that need neither root nor apt. */
class GuestImagesTest {
    @Test
    void theKernelIsTheVersionedPackageTheMetaPackageDependsOn() {
        assertThat(GuestImages.kernelPackage("linux-image-cloud-amd64\n  Depends: linux-image-6.1.0-57-cloud-amd64\n"))
                .contains("linux-image-6.1.0-57-cloud-amd64");
        assertThat(GuestImages.kernelPackage("linux-image-cloud-amd64\n  Depends: linux-image-6.1.0-57-amd64\n")).isEmpty();
        assertThat(GuestImages.kernelPackage("E: No packages found")).isEmpty();
    }

    @Test
    void initLoadsTheVirtioModulesInDependencyOrder() throws Exception {
        String init = new String(GuestImages.initScript(), StandardCharsets.UTF_8);
        assertThat(init).startsWith("#!/bin/busybox sh\n").contains("for m in " + String.join(" ", GuestImages.MODULES) + "; do")
                .contains("@@READY").contains("@@END");
        assertThat(GuestImages.MODULES).endsWith("virtio_net").startsWith("virtio_ring");
    }

    @Test
    void cpioIsNewcWithAlignedEntriesAndATrailer() {
        byte[] a = new Cpio().dir("bin").file("init", 0755, "abc".getBytes(StandardCharsets.US_ASCII)).finish();
        String s = new String(a, StandardCharsets.ISO_8859_1);
        assertThat(s).startsWith("070701").contains("bin\0").contains("init\0").contains("abc").endsWith(s.substring(s.indexOf("TRAILER!!!")));
        assertThat(a.length % 4).isZero();
        // the file entry: mode 0100755, size 3
        int at = s.indexOf("070701", 1);
        assertThat(s.substring(at + 14, at + 22)).isEqualTo(String.format("%08x", 0100755));
        assertThat(s.substring(at + 54, at + 62)).isEqualTo("00000003");
    }

    @Test
    void aDynamicallyLinkedBusyboxIsRecognised() {
        byte[] dynamic = ("\u007fELF....../lib64/ld-linux-x86-64.so.2").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(GuestImages.dynamic(dynamic)).isTrue();
        assertThat(GuestImages.dynamic("\u007fELF static".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
    }
}
