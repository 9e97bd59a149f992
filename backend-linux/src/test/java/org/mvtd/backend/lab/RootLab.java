package org.mvtd.backend.lab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.mvtd.backend.sys.Privileges;

/** Root tests call {@link #assume()} first: without root they skip and say exactly why. */
final class RootLab {
    private RootLab() {
    }

    static void assume() {
        List<String> missing = Privileges.missingForLab();
        assumeTrue(missing.isEmpty(), () -> "skipped: the lab needs root; " + String.join("; ", missing));
    }
}
