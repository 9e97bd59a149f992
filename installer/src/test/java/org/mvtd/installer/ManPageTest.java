package org.mvtd.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

class ManPageTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 21);

    @Command(name = "sample-tool", version = "sample-tool 1.2", mixinStandardHelpOptions = true,
            description = {"Does sample things.", "", "A second paragraph."},
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:success", "2:bad input"},
            subcommands = Sample.Check.class)
    static final class Sample implements Callable<Integer> {
        @Option(names = {"-m", "--mode"}, paramLabel = "MODE", defaultValue = "vepa",
                description = "Mode to use (default: ${DEFAULT-VALUE}).")
        String mode;

        @Option(names = "--secret", hidden = true)
        boolean secret;

        @Override
        public Integer call() {
            return 0;
        }

        @Command(name = "check", description = "Checks a .mvtd.yaml design.")
        static final class Check implements Callable<Integer> {
            @Parameters(paramLabel = "FILE", description = "The design file.")
            Path file;

            @Override
            public Integer call() {
                return 0;
            }
        }
    }

    private static String sample() {
        return ManPage.render(new CommandLine(new Sample()).getCommandSpec(), DATE,
                List.of(new ManPage.Section("See also", List.of(new ManPage.Entry("", "ip-link(8)")))));
    }

    @Test
    void headerAndNameComeFromTheCommand() {
        assertThat(sample()).startsWith(".TH SAMPLE\\-TOOL 1 \"2026-11-21\" \"sample\\-tool 1.2\" \"User Commands\"\n"
                + ".SH NAME\nsample\\-tool \\- Does sample things\n");
    }

    @Test
    void optionsShowNamesParameterAndInterpolatedDefaultButNotHiddenOnes() {
        String page = sample();
        assertThat(page).contains(".TP\n\\fB\\-m\\fR, \\fB\\-\\-mode\\fR \\fIMODE\\fR\nMode to use (default: vepa).\n");
        assertThat(page).contains("\\fB\\-\\-help\\fR");
        assertThat(page).doesNotContain("secret");
    }

    @Test
    void descriptionParagraphsAreSeparated() {
        assertThat(sample()).contains(".SH DESCRIPTION\nDoes sample things.\n.PP\nA second paragraph.\n");
    }

    @Test
    void subcommandsGetTheirOwnSubsectionWithSynopsisAndArguments() {
        String page = sample();
        assertThat(page).contains(".SH COMMANDS\n.SS \"sample\\-tool check\"\n.nf\n\\fBsample\\-tool check\\fR FILE\n.fi\n");
        assertThat(page).contains(".TP\n\\fIFILE\\fR\nThe design file.\n");
        String check = page.substring(page.indexOf(".SS"));
        assertThat(check).as("standard options are documented once, for the root").doesNotContain("help");
    }

    @Test
    void exitCodesAndExtraSectionsFollow() {
        String page = sample();
        assertThat(page).contains(".SH \"EXIT STATUS\"\n.TP\n\\fB0\\fR\nsuccess\n.TP\n\\fB2\\fR\nbad input\n");
        assertThat(page).endsWith(".SH \"SEE ALSO\"\n.PP\nip\\-link(8)\n");
    }

    @Test
    void textThatLooksLikeARoffRequestIsNeutralised() {
        assertThat(ManPage.escape(".mvtd.yaml")).isEqualTo("\\&.mvtd.yaml");
        assertThat(ManPage.escape("'quoted")).isEqualTo("\\&'quoted");
        assertThat(ManPage.escape("a\\b")).isEqualTo("a\\eb");
    }

    @Test
    void docsMainWritesTheRealManPageAndCompletion(@TempDir Path dir) throws IOException {
        DocsMain.write(dir, DATE, "9.8.7");
        String page = Files.readString(dir.resolve("macvtap-designer.1"));
        assertThat(page).startsWith(".TH MACVTAP\\-DESIGNER 1 \"2026-11-21\" \"macvtap\\-designer 9.8.7\"");
        assertThat(page).contains("\\fB\\-\\-version\\fR", ".SH \"FILES\"", "org.mvtd.macvtap\\-designer.helper",
                ".SS \"macvtap\\-designer reach\"", ".SH \"EXIT STATUS\"");
        String completion = Files.readString(dir.resolve("macvtap-designer.bash"));
        assertThat(completion).contains("complete -F _complete_macvtap-designer", "--version");
        assertThat(completion).as("sourced, not executed: no hashbang").doesNotStartWith("#!");
    }
}
