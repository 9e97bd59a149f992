package org.mvtd.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "macvtap-designer", mixinStandardHelpOptions = true, version = "macvtap-designer 0.1.0",
        description = "Design macvtap/macvlan networks and see who can reach whom.",
        subcommands = {LabCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
