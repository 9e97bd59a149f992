package org.mvtd.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open FILE in the designer window.",
            "Without a subcommand at all, macvtap-designer opens the designer on the last file you used",
            "(or, the very first time, on a built-in example)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the window was closed", "2:no such file, or no display to open a window on"})
public final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The design to open (*.mvtd.yaml).")
    Path file;

    @Override
    public Integer call() {
        return DesignerStarter.start(file);
    }
}
