package org.mvtd.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/** The desktop entry runs "macvtap-designer open %f"; from the menu %f is empty. */
class OpenCommandTest {

    @Test
    void fileIsOptionalSoTheMenuEntryCanStartWithoutOne() {
        ParseResult parsed = Cli.commandLine().parseArgs("open");
        OpenCommand open = (OpenCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(open.file).isNull();
    }

    @Test
    void aMissingFileIsAUsageErrorNamingIt() {
        CliRun run = CliRun.of("open", "no-such-design.mvtd.yaml");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no-such-design.mvtd.yaml: no such file");
    }
}
