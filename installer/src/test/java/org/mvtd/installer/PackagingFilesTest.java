package org.mvtd.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The package's metadata follows the desktop and Debian conventions; checked with the distributions' own tools. */
class PackagingFilesTest {
    private static final Path PACKAGING = Path.of("src/main/packaging");
    private static final Path JAR = Path.of("../app/target/macvtap-designer.jar");
    /** The freedesktop menu specification's main categories. */
    private static final Set<String> MAIN = Set.of("AudioVideo", "Audio", "Video", "Development", "Education", "Game",
            "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility");

    private record Run(int exit, String out) {
    }

    private static Run run(String... cmd) throws IOException, InterruptedException {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, cmd[0])));
        Assumptions.assumeTrue(found, cmd[0] + " is not installed (CI installs it: see .ci/run); skipping");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void desktopEntryValidatesSilentlyWithOneMainCategory() throws Exception {
        Path entry = PACKAGING.resolve("macvtap-designer.desktop");
        String categories = Files.readAllLines(entry).stream().filter(l -> l.startsWith("Categories="))
                .findFirst().orElseThrow().substring("Categories=".length());
        List<String> main = Arrays.stream(categories.split(";")).filter(MAIN::contains).toList();
        assertThat(main).containsExactly("System");
        Run r = run("desktop-file-validate", entry.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).as("no error, warning or hint").isBlank();
    }

    @Test
    void appStreamMetainfoValidates() throws Exception {
        Path metainfo = PACKAGING.resolve("io.github.mvtd.macvtap_designer.metainfo.xml");
        String xml = Files.readString(metainfo);
        assertThat(xml).contains("<launchable type=\"desktop-id\">macvtap-designer.desktop</launchable>",
                "<project_license>Apache-2.0</project_license>", "docs/screenshot.png");
        Run r = run("appstreamcli", "validate", "--no-net", "--pedantic", metainfo.toString());
        assertThat(r.exit()).as(r.out()).isZero();
    }

    @Test
    void controlAsksForPkexecOrPolkitRecommendsCompletionAndClaimsNoHomepage() throws IOException {
        String control = Files.readString(PACKAGING.resolve("deb/control.in"));
        assertThat(control).contains("Recommends: libgl1, bash-completion").doesNotContain("Homepage:");
        String build = Files.readString(PACKAGING.resolve("build-packages.sh"));
        assertThat(build).contains("pkexec | policykit-1").contains("DEBIAN/md5sums")
                .contains("usr/share/metainfo").contains("$doc/format.md").contains("$doc/examples");
    }

    @Test
    void copyrightIsDep5WithAParagraphForEveryLicence() throws IOException {
        String copyright = Files.readString(PACKAGING.resolve("deb/copyright"));
        assertThat(copyright).startsWith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
                .contains("Files: *\nCopyright: @YEAR@ macvtap-designer contributors\nLicense: Apache-2.0\n")
                .contains("ControlsFX", "Jackson", "SnakeYAML", "picocli", "SLF4J", "jnr-posix", "JSVG", "OpenJFX");
        Set<String> used = new LinkedHashSet<>();
        Set<String> defined = new LinkedHashSet<>();
        boolean inFiles = false;
        for (String line : copyright.lines().toList()) {
            if (line.startsWith("Files:")) {
                inFiles = true;
            } else if (line.isBlank()) {
                inFiles = false;
            } else if (line.startsWith("License: ")) {
                String value = line.substring("License: ".length());
                if (inFiles) {
                    used.addAll(Arrays.asList(value.split(" and | or ")));
                } else {
                    defined.add(value);
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    @Test
    void shadedJarKeepsEveryLicenceAndNotice() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), JAR + " is not built (mvn package builds it); skipping");
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            String licence = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            // Jackson's Apache-2.0 and JSVG's MIT licence both survive: appended, not overwritten.
            assertThat(licence).contains("Apache License").contains("Permission is hereby granted");
            assertThat(jar.getEntry("META-INF/LICENSE.txt")).as("SLF4J's licence").isNotNull();
            String notice = new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(notice).contains("Jackson");
        }
    }
}
