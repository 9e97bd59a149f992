package org.mvtd.backend.lab;

import java.util.List;

/**
 * Child process for {@link LabCrashTest}: builds a small lab, prints its namespaces on one line, then
 * waits to be killed (SIGTERM runs the shutdown hook; SIGKILL leaves leftovers for the next run).
 */
public final class LabHoldMain {
    private LabHoldMain() {
    }

    public static void main(String[] args) throws Exception {
        Lab lab = Lab.build(D.oneHost(false, List.of(D.dev("eth0", "sw", true)), List.of(), "st"));
        System.out.println("NAMESPACES " + String.join(" ", lab.plan().namespaces()));
        System.out.flush();
        Thread.sleep(60_000);
        lab.close();
    }
}
