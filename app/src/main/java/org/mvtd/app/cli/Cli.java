package org.mvtd.app.cli;

import picocli.CommandLine;

/** Builds the picocli command tree and runs it. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        return new CommandLine(new RootCommand()).execute(args);
    }
}
