package org.mvtd.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mvtd.app.cli.Cli;
import org.mvtd.app.cli.RootCommand;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Build step for the package profile: writes the man page and the bash completion of the
 * {@code macvtap-designer} command, both from the picocli model of {@link RootCommand}.
 * Usage: {@code DocsMain OUT_DIR DATE VERSION} (DATE as yyyy-mm-dd and VERSION, for the man page
 * header: at build time the classes come from a directory, so no manifest carries the version).
 */
public final class DocsMain {
    static final String COMMAND = "macvtap-designer";

    private static final List<ManPage.Section> EXTRA = List.of(
            new ManPage.Section("Files", List.of(
                    new ManPage.Entry("/usr/libexec/macvtap-designer/macvtap-designer-helper",
                            "The privileged helper. The designer starts it through pkexec(1) to apply a design;"
                                    + " the polkit action is org.mvtd.macvtap-designer.helper."),
                    new ManPage.Entry("*.mvtd.yaml", "Design files (MIME type application/x-macvtap-designer)."),
                    new ManPage.Entry("/usr/share/doc/macvtap-designer/format.md",
                            "The file format and the reach --json document; example designs are in examples/ beside it."),
                    new ManPage.Entry("$XDG_CONFIG_HOME/macvtap-designer, $XDG_STATE_HOME/macvtap-designer",
                            "Settings; recent files and the crash-recovery file (~/.config and ~/.local/state when unset)."))),
            new ManPage.Section("See also", List.of(new ManPage.Entry("", "ip-link(8), pkexec(1), virsh(1)"))));

    private DocsMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DocsMain OUT_DIR YYYY-MM-DD VERSION");
        }
        write(Path.of(args[0]), LocalDate.parse(args[1]), args[2]);
    }

    static void write(Path outDir, LocalDate date, String version) throws IOException {
        CommandLine commandLine = Cli.commandLine();
        commandLine.getCommandSpec().versionProvider(() -> new String[] {COMMAND + " " + version});
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(COMMAND + ".1"),
                ManPage.render(commandLine.getCommandSpec(), date, EXTRA), StandardCharsets.UTF_8);
        // bash-completion sources the file, it never runs it: drop picocli's "#!/usr/bin/env bash".
        String completion = AutoComplete.bash(COMMAND, commandLine).replaceFirst("\\A#!.*\\R", "");
        Files.writeString(outDir.resolve(COMMAND + ".bash"), completion, StandardCharsets.UTF_8);
    }
}
