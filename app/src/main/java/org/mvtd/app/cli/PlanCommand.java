package org.mvtd.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what apply would change on this machine for one host of the design; changes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:plan shown (or nothing to do)", "1:the design has errors, or the machine cannot take it (missing lower device, name held by a link that is not ours)",
            "2:bad usage: unreadable file, unknown host", "3:the helper could not be started or authorised",
            "70:internal error"})
public final class PlanCommand implements Callable<Integer> {
    @Mixin
    HelperOptions helper;

    @Override
    public Integer call() {
        return helper.withHelper((c, d) -> {
            PlanPrinter.print(c.plan(d, helper.host()).plan(), helper.out());
            return ExitCodes.OK;
        });
    }
}
