package org.mvtd.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "macvtap-designer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Design macvtap/macvlan networks and see who can reach whom.",
            "Without a subcommand, opens the designer window (use 'open FILE' to open a file)."},
        subcommands = {ValidateCommand.class, ReachCommand.class, LabCommand.class, PlanCommand.class, ApplyCommand.class, TeardownCommand.class, WatchCommand.class, ExportCommand.class, ImportCommand.class, OpenCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, nothing wrong",
            "1:the design has errors (or the kernel disagreed)",
            "2:bad usage: unknown option, unreadable file, unknown node",
            "3:a privilege is missing (or the helper could not be started)",
            "4:not confirmed",
            "70:internal error (--debug shows details)"})
public final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean debug;

    /** How helper commands reach the privileged helper; tests use an in-process one. */
    HelperConnector connector = HelperConnector.LOCAL;

    @Override
    public Integer call() {
        return DesignerStarter.start(null);
    }
}
