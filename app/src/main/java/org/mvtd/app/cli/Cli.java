package org.mvtd.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Builds the picocli command tree and runs it; no stack trace reaches a user unless they ask with --debug. */
public final class Cli {
    /** Exit code for a failure nobody foresaw (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private Cli() {
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    /** The configured command tree; tests set its out and err writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler(Cli::unexpected);
        return cl;
    }

    private static int unexpected(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (debug(parsed)) {
            e.printStackTrace(err);
        } else {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println(cl.getCommandSpec().qualifiedName() + ": internal error: " + message + " (run with --debug for details)");
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** Whether --debug was given, before or after the subcommand name. */
    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
