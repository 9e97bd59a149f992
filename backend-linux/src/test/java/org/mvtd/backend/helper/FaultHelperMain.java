package org.mvtd.backend.helper;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The real helper with a {@link FaultKernel}: {@code FaultHelperMain MODE K MARKER}.
 * A test harness only (test sources); the shipped helper has no fault hooks.
 */
public final class FaultHelperMain {
    private FaultHelperMain() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        int k = Integer.parseInt(args[1]);
        Path marker = Path.of(args[2]);
        String[] rest = Arrays.copyOfRange(args, 3, args.length);
        System.exit(HelperMain.run(rest, System.getenv(), real -> new FaultKernel(real, mode, k, marker)));
    }
}
