package org.mvtd.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Builds the picocli command tree and runs it; no stack trace reaches the user unless --debug. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    /** The configured command line (tests drive it with their own writers). */
    public static CommandLine commandLine() {
        return commandLine(HelperConnector.LOCAL);
    }

    /** The command line with helper commands going through {@code connector}. */
    public static CommandLine commandLine(HelperConnector connector) {
        RootCommand root = new RootCommand();
        root.connector = java.util.Objects.requireNonNull(connector, "connector");
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler(new Handler(root));
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CommandSummaries.install(cl);
        return cl;
    }

    /** A usage error is one line naming the problem and one pointing at the command's --help, not the whole help. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = ex.getMessage() == null ? "bad usage" : ex.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        err.println("macvtap-designer: " + message);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private record Handler(RootCommand root) implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
            PrintWriter err = cl.getErr();
            if (ex instanceof UserError ue) {
                // Problem lists already carry file:line:col; a lone message gets the program's name.
                String msg = ue.getMessage();
                err.println(msg.contains("\n") || msg.matches("^\\S+:\\d+:\\d+: .*") ? msg : "macvtap-designer: " + msg);
                if (root.debug) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return ue.exitCode();
            }
            err.println("macvtap-designer: internal error: " + ex
                    + (root.debug ? "" : " (run with --debug for details)"));
            if (root.debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
