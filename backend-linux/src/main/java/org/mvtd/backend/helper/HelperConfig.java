package org.mvtd.backend.helper;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.mvtd.backend.link.Journal;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.TapNodes;

/**
 * What a helper session works with: the kernel (real or fake), the tap-node maker, the journal, where
 * guests' nodes go, and who asked.
 *
 * @param tapDir    the root of guests' tap nodes; each session's nodes go under {@code tapDir/NETNS/UID}
 *                  ({@link TapLayout})
 * @param caller    the desktop user who started us (pkexec, sudo), if known; a hello may not claim another uid then
 * @param uidExists tells whether a uid named in hello is a real account (used when caller is empty)
 */
public record HelperConfig(Kernel kernel, TapNodes nodes, Journal journal, Path tapDir, Optional<Caller> caller,
                           IntPredicate uidExists) {
    /** Where the guests' nodes go by default: /dev allows device nodes, /run is mounted nodev. */
    public static final Path DEFAULT_TAP_DIR = Path.of("/dev/macvtap-designer");
    public static final Path DEFAULT_JOURNAL_DIR = Path.of("/var/lib/macvtap-designer/journal");

    public HelperConfig {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(tapDir, "tapDir");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(uidExists, "uidExists");
    }
}
