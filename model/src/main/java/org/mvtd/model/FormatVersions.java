package org.mvtd.model;

/**
 * Which file-format version a design needs. A file is written at the lowest version that expresses it, so
 * builds that read only version 1 keep reading every design that uses nothing of version 2.
 */
public final class FormatVersions {
    /** The highest version this build reads and writes. */
    public static final int LATEST = 2;

    private FormatVersions() {
    }

    /** 2 when the design uses any version-2 key (VLAN devices, addresses, containers, source mode, nopromisc), else 1. */
    public static int required(Design d) {
        boolean v2 = d.stations().stream().anyMatch(s -> s.vlan() != null || !s.addresses().isEmpty())
                || d.guests().stream().anyMatch(Guest::isContainer)
                || d.hosts().stream().anyMatch(FormatVersions::usesVersionTwo);
        return v2 ? 2 : 1;
    }

    private static boolean usesVersionTwo(Host h) {
        return h.devices().stream().anyMatch(x -> x.parent() != null || x.vlan() != null
                        || !x.addresses().isEmpty())
                || h.endpoints().stream().anyMatch(e -> e.mode() == MacvlanMode.SOURCE || !e.addresses().isEmpty()
                        || !e.sourceMacs().isEmpty() || e.nodst() || e.nopromisc());
    }
}
