package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the lab needs from the process: effective root, CAP_NET_ADMIN and CAP_SYS_ADMIN. */
public final class Privileges {
    static final int CAP_NET_ADMIN = 12;
    static final int CAP_SYS_ADMIN = 21;

    private Privileges() {
    }

    /** Each missing privilege as a sentence; empty when the lab may run. */
    public static List<String> missingForLab() {
        int euid = Sys.libc().geteuid();
        long caps;
        try {
            caps = effectiveCapabilities(Files.readAllLines(Path.of("/proc/self/status")));
        } catch (IOException e) {
            caps = 0;
        }
        return missing(euid, caps);
    }

    /** The rule, apart from the process: testable with any uid and capability mask. */
    static List<String> missing(int euid, long capEff) {
        List<String> out = new ArrayList<>();
        if (euid != 0) {
            out.add("effective user id is " + euid + ", not 0 (root): creating network namespaces under /run/netns needs root");
        }
        if ((capEff & (1L << CAP_NET_ADMIN)) == 0) {
            out.add("capability CAP_NET_ADMIN is missing: needed to create links, bridges and AF_PACKET sockets");
        }
        if ((capEff & (1L << CAP_SYS_ADMIN)) == 0) {
            out.add("capability CAP_SYS_ADMIN is missing: needed for setns, mounting the namespaces' sysfs and mknod");
        }
        return out;
    }

    /** The CapEff mask from /proc/self/status lines; 0 when absent. */
    static long effectiveCapabilities(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("CapEff:")) {
                return Long.parseUnsignedLong(line.substring(7).strip().toLowerCase(Locale.ROOT), 16);
            }
        }
        return 0;
    }
}
