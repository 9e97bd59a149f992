package org.mvtd.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "macvtap-designer", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Design macvtap/macvlan networks and see who can reach whom.",
            "Without a subcommand, opens the designer window, on FILE when one is given."},
        subcommands = {ValidateCommand.class, ReachCommand.class, DiagnoseCommand.class, LabCommand.class, PlanCommand.class, ApplyCommand.class, TeardownCommand.class, WatchCommand.class, ExportCommand.class, ImportCommand.class, OpenCommand.class},
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

    /** What a FILE argument of {@code -} reads; tests give their own. */
    java.io.InputStream stdin = System.in;

    /** The environment (MVTD_SSH_COMMAND); tests give their own. */
    java.util.function.UnaryOperator<String> environment = System::getenv;

    /** {@code java -jar macvtap-designer.jar FILE} opens FILE, as file managers and users expect. */
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "A design to open in the designer (*.mvtd.yaml); same as 'open FILE'.")
    Path file;

    @Override
    public Integer call() {
        if (file != null && !Files.exists(file)) {
            // A mistyped command lands here too: say both, so neither reading is a surprise.
            throw new UserError(ExitCodes.USAGE, "'" + file + "' is neither a command nor a file; see --help for the commands");
        }
        return DesignerStarter.start(file);
    }
}
