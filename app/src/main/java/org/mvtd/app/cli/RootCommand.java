package org.mvtd.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "macvtap-designer", mixinStandardHelpOptions = true, version = "macvtap-designer 0.1.0",
        description = "Design macvtap/macvlan networks and see who can reach whom.",
        subcommands = {ValidateCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Read by {@link Cli}'s exception handler from the parse result; here so every command accepts it. */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected failure.")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
