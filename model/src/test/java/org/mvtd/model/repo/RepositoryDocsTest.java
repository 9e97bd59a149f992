package org.mvtd.model.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mvtd.model.testing.Examples;

/** What a newcomer reads first holds on its own: README, the format specification, the licence. */
class RepositoryDocsTest {
    private final Path root = Examples.repositoryRoot();

    private String readme() throws IOException {
        return Files.readString(root.resolve("README.md"));
    }

    private String setUp() throws IOException {
        String r = readme();
        int start = r.indexOf("## Set up");
        return r.substring(start, r.indexOf("\n## ", start + 1));
    }

    @Test
    void readmeNeverPointsOutsideTheRepository() throws IOException {
        assertThat(readme()).doesNotContain("../").doesNotContain("shared/FORMAT").contains("docs/format.md");
        assertThat(root.resolve("docs/format.md")).isRegularFile();
    }

    @Test
    void setUpHasExactlyTwoCommands() throws IOException {
        Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(setUp());
        int blocks = 0;
        while (m.find()) {
            blocks++;
            assertThat(m.group(1).strip().lines()).hasSize(1);
        }
        assertThat(blocks).isEqualTo(2);
    }

    @Test
    void setUpNamesEveryPackageCiInstallsAndTheNamespaces() throws IOException {
        String ci = Files.readString(root.resolve(".ci/run"));
        Matcher need = Pattern.compile("need=\\((.*?)\\)", Pattern.DOTALL).matcher(ci);
        assertThat(need.find()).as(".ci/run has a need=(...) list").isTrue();
        List<String> packages = Arrays.stream(need.group(1).split("\\s+")).filter(p -> !p.isBlank()).toList();
        assertThat(packages).contains("appstream", "shellcheck", "iproute2");
        List<String> words = Arrays.asList(setUp().split("[\\s`,.:;()]+"));
        assertThat(words).containsAll(packages);
        assertThat(setUp().replaceAll("\\s+", " ")).contains("network namespaces").contains("delete them");
    }

    @Test
    void formatSpecificationCoversBothVersionsAndReachJson() throws IOException {
        String spec = Files.readString(root.resolve("docs/format.md"));
        assertThat(spec).contains("## Version 1", "## Version 2", "reach FILE --json", "\"pairs\"", "ping6", "## Limits")
                .doesNotContain("../").doesNotContain("kernel-truth.md");
    }

    @Test
    void theLicenceIsApache2InFull() throws IOException {
        String licence = Files.readString(root.resolve("LICENSE"));
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
        assertThat(licence.lines().count()).isGreaterThan(150);
    }
}
