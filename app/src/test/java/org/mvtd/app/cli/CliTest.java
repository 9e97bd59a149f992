package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** An unforeseen failure gives one line and exit 70; --debug shows the stack trace. */
class CliTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the engine fell over");
        }
    }

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.commandLine();
        cl.addSubcommand(new CommandLine(new Boom()));
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void noStackTraceWithoutDebug() {
        assertThat(run("boom")).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(err.toString()).isEqualTo("macvtap-designer boom: internal error: the engine fell over (run with --debug"
                + " for details)\n");
    }

    @Test
    void debugShowsTheStackTrace() {
        assertThat(run("--debug", "boom")).isEqualTo(Cli.INTERNAL_ERROR);
        assertThat(err.toString()).contains("IllegalStateException: the engine fell over", "\tat ");
    }
}
