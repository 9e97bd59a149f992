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
    // Optional so the desktop entry's "open %f" also works when the menu starts it without a file.
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The design to open (*.mvtd.yaml); without it, as with no subcommand.")
    Path file;

    @Override
    public Integer call() {
        return DesignerStarter.start(file);
    }
}
