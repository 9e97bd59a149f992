package org.mvtd.app.cli;

import java.io.PrintWriter;
import org.mvtd.backend.link.Plan;
import org.mvtd.backend.link.Step;

/** Prints a plan the way apply and plan show it. */
final class PlanPrinter {
    private PlanPrinter() {
    }

    static void print(Plan plan, PrintWriter out) {
        if (plan.isEmpty()) {
            out.println("Nothing to do: host " + plan.host() + " already matches the design.");
            return;
        }
        out.println("Plan for host " + plan.host() + " (design " + plan.designId() + ", link group " + plan.group() + "):");
        for (Step s : plan.steps()) {
            out.printf("  %-12s %-16s %s%n", s.kind().wireName(), s.name(), s.reason());
        }
        out.println(plan.steps().size() + " step" + (plan.steps().size() == 1 ? "" : "s") + ".");
    }
}
