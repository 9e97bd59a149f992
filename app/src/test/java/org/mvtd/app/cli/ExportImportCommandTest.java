package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.model.Design;
import org.mvtd.model.export.ExportTarget;
import org.mvtd.model.libvirt.LibvirtProjection;
import org.mvtd.model.testing.Examples;
import org.mvtd.model.yaml.DesignYaml;

class ExportImportCommandTest {
    @TempDir
    Path dir;

    static Stream<String> examples() {
        return Examples.files().stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleExportsToEveryTarget(String example) throws Exception {
        for (ExportTarget t : ExportTarget.values()) {
            Path out = dir.resolve(t.cliName());
            CliRun r = CliRun.of("export", Examples.file(example).toString(), "--to", t.cliName(), "--out", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            List<Path> written = r.out().lines().map(l -> Path.of(l.substring("wrote ".length()))).toList();
            assertThat(written).isNotEmpty().allMatch(Files::isRegularFile);
            for (Path p : written) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode).isEqualTo(p.toString().endsWith(".sh") ? "rwxr-xr-x" : "rw-r--r--");
            }
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("no temporary files left")
                        .noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void existingFilesAreNotOverwrittenWithoutForce() throws Exception {
        String design = Examples.file("bridge-mode").toString();
        Path out = dir.resolve("x");
        assertThat(CliRun.of("export", design, "--to", "ip-script", "--out", out.toString()).exit()).isZero();
        Path links = out.resolve("kvmhost.links.sh");
        Files.writeString(links, "mine\n");
        CliRun again = CliRun.of("export", design, "--to", "ip-script", "--out", out.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("refusing to overwrite " + links).contains("nothing was written")
                .contains("--force").doesNotContain("Exception");
        assertThat(Files.readString(links)).isEqualTo("mine\n");
        CliRun forced = CliRun.of("export", design, "--to", "ip-script", "--out", out.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(links)).startsWith("#!/usr/bin/env bash");
    }

    @Test
    void unknownHostAndTargetAreUsageErrors() {
        String design = Examples.file("bridge-mode").toString();
        CliRun host = CliRun.of("export", design, "--to", "qemu", "--out", dir.toString(), "--host", "kvm9");
        assertThat(host.exit()).isEqualTo(2);
        assertThat(host.err()).contains("--host kvm9: no such host in").contains("hosts are: kvmhost");
        CliRun target = CliRun.of("export", design, "--to", "vagrant", "--out", dir.toString());
        assertThat(target.exit()).isEqualTo(2);
        assertThat(target.err()).contains("unknown export target 'vagrant'").contains("libvirt-domain, libvirt-network");
    }

    @Test
    void aDesignLibvirtCannotExpressIsRefusedWithTheReason() throws Exception {
        Path design = Files.writeString(dir.resolve("odd.mvtd.yaml"), """
                version: 1
                name: odd
                hosts:
                  - name: h
                    devices:
                      - name: "eth$0"
                    endpoints:
                      - name: t0
                        lower: "eth$0"
                        type: macvtap
                guests:
                  - name: g
                    host: h
                    nics:
                      - endpoint: t0
                """);
        CliRun r = CliRun.of("export", design.toString(), "--to", "libvirt-domain", "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(1);
        // the one name rule (model.rules.InterfaceNames) refuses what libvirt and shells would: before any export
        assertThat(r.err()).contains("device name 'eth$0' of host h contains '$'");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void importOfADomainExportGivesTheDesignBack() throws Exception {
        Path example = Examples.file("bridge-mode");
        Path xml = dir.resolve("xml");
        assertThat(CliRun.of("export", example.toString(), "--to", "libvirt-domain", "--out", xml.toString()).exit()).isZero();
        List<String> args = new ArrayList<>(List.of("import", "libvirt"));
        try (Stream<Path> files = Files.list(xml)) {
            files.filter(p -> !p.toString().endsWith(".interface.xml")).sorted().forEach(p -> args.add(p.toString()));
        }
        Path out = dir.resolve("back.mvtd.yaml");
        // No --host: the host our export recorded in the domains' metadata.
        args.addAll(List.of("--out", out.toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out + ": 2 guest(s), 2 endpoint(s), 0 skipped");
        assertThat(r.err()).contains("libvirt does not record which switch device 'eth0' is plugged into");
        Design back = DesignYaml.read(out).design();
        Design original = Examples.load(example).design();
        // Sorted by file name, uperf-client.xml comes before uperf-server.xml, as in the design.
        assertThat(back).isEqualTo(LibvirtProjection.of(original, "kvmhost"));

        CliRun again = CliRun.of(args.toArray(String[]::new));
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains(out + ": exists; nothing was written (add --force to overwrite)");
    }

    @Test
    void hostileAndBrokenXmlAreRefusedAndNothingIsWritten() throws Exception {
        Path xxe = Files.writeString(dir.resolve("xxe.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/shadow\">]>\n<domain><name>&x;</name></domain>\n");
        Path out = dir.resolve("d.mvtd.yaml");
        CliRun r = CliRun.of("import", "libvirt", xxe.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(xxe + ":2:").contains("DOCTYPE").contains("nothing was written")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();

        Path broken = Files.writeString(dir.resolve("broken.xml"), "<domain>\n  <name>x</name>\n  <devices>\n</domain>\n");
        CliRun b = CliRun.of("import", "libvirt", broken.toString(), "--out", out.toString());
        assertThat(b.exit()).isEqualTo(1);
        assertThat(b.err()).matches("(?s)" + java.util.regex.Pattern.quote(broken.toString()) + ":4:\\d+: broken XML: .*");
        assertThat(out).doesNotExist();

        CliRun missing = CliRun.of("import", "libvirt", dir.resolve("nope.xml").toString(), "--out", out.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.xml: no such file");
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(CliRun.of("export", "--help").out()).contains("Exit codes:", "files exist without --force");
        assertThat(CliRun.of("import", "libvirt", "--help").out()).contains("Exit codes:", "skipped");
    }
}
