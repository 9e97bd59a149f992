package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** An unforeseen failure gives one line and exit 70; --debug, before or after the subcommand, shows the trace. */
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
        assertThat(run("boom")).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).hasLineCount(1).contains("internal error", "the engine fell over", "--debug")
                .doesNotContain("\tat ");
    }

    @Test
    void debugBeforeTheSubcommandShowsTheStackTrace() {
        assertThat(run("--debug", "boom")).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).contains("IllegalStateException: the engine fell over", "\tat ");
    }

    @Test
    void debugAfterTheSubcommandShowsTheStackTrace() {
        assertThat(run("boom", "--debug")).isEqualTo(ExitCodes.INTERNAL);
        assertThat(err.toString()).contains("IllegalStateException: the engine fell over", "\tat ");
    }
}
