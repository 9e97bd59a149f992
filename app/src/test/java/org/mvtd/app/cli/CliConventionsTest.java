package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.model.export.ExportTarget;
import org.mvtd.model.testing.Examples;
import picocli.AutoComplete;
import picocli.CommandLine;

/** What a newcomer expects of a Unix tool: short usage errors, whole summaries, '-' for stdin, kebab-case completion. */
class CliConventionsTest {
    private static String example() throws Exception {
        return Files.readString(Examples.file("bridge-mode.mvtd.yaml"));
    }

    @Test
    void usageErrorIsOneLineAndAHint() {
        CliRun r = CliRun.of("reach", "--no-such-option", "x.mvtd.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).hasLineCount(2).contains("--no-such-option")
                .contains("Try 'macvtap-designer reach --help' for more information.").doesNotContain("Exit codes:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingRequiredOptionIsOneLineAndAHint() {
        CliRun r = CliRun.of("export", "x.mvtd.yaml");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).hasLineCount(2).contains("--to").contains("'macvtap-designer export --help'");
    }

    @Test
    void topLevelHelpGivesEveryCommandAWholeSentence() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exit()).isZero();
        String list = r.out().substring(r.out().indexOf("Commands:"));
        List<String> summaries = new ArrayList<>();
        for (String line : list.lines().skip(1).toList()) {
            if (line.isBlank() || !line.startsWith(" ")) {
                break;
            }
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
            } else {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            }
        }
        assertThat(summaries).hasSize(Cli.commandLine().getSubcommands().size())
                .allSatisfy(s -> assertThat(s).endsWith("."));
        assertThat(list).contains("apply").contains("through the privileged helper.");
    }

    @Test
    void summaryStopsAtTheFirstSentence() {
        assertThat(CommandSummaries.summary(new String[] {"Who can reach whom: every pair,", "and why. Nodes are X."}))
                .isEqualTo("Who can reach whom: every pair, and why.");
        assertThat(CommandSummaries.wrap("aaa bbb ccc", 7)).containsExactly("aaa bbb", "ccc");
    }

    @Test
    void dashReadsStandardInputForValidateReachAndExport(@TempDir Path dir) throws Exception {
        CliRun validate = CliRun.withStdin(example(), "validate", "-");
        assertThat(validate.exit()).as(validate.err()).isZero();

        CliRun reach = CliRun.withStdin(example(), "reach", "-");
        assertThat(reach.exit()).as(reach.err()).isZero();
        assertThat(reach.out()).contains("FROM").contains("kvmhost/");

        CliRun export = CliRun.withStdin(example(), "export", "-", "--to", "ip-script", "--out", dir.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".links.sh"));
        }
    }

    @Test
    void problemsInStandardInputNameIt() {
        CliRun r = CliRun.withStdin("version: 1\nname: x\nhosts: 7\n", "validate", "-");
        assertThat(r.exit()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(r.out()).startsWith(DesignFiles.STDIN_NAME + ":3:");
    }

    @Test
    void completionOffersTheNamesTheToolAccepts() {
        String script = AutoComplete.bash("macvtap-designer", Cli.commandLine());
        for (ExportTarget t : ExportTarget.values()) {
            assertThat(script).contains(t.cliName()).doesNotContain(t.name());
        }
    }

    @Test
    void aFileWithoutACommandOpensIt(@TempDir Path dir) throws Exception {
        Path design = Files.writeString(dir.resolve("a.mvtd.yaml"), example());
        CommandLine cl = Cli.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs(design.toString());
        assertThat(parsed.hasSubcommand()).isFalse();
        assertThat(((RootCommand) cl.getCommandSpec().userObject()).file).isEqualTo(design);
        assertThat(Cli.commandLine().parseArgs("reach", design.toString()).subcommand().commandSpec().name())
                .isEqualTo("reach");
    }

    @Test
    void aMistypedCommandIsNeitherACommandNorAFile() {
        CliRun r = CliRun.of("valdate");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'valdate' is neither a command nor a file");
    }

    @Test
    void versionPrintsTheLicence() {
        assertThat(CliRun.of("--version").out()).contains("Apache License, Version 2.0");
    }
}
