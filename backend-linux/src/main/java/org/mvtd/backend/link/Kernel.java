package org.mvtd.backend.link;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Everything the helper asks of the kernel. The real one is {@link IpKernel} (iproute2 + sysfs); tests
 * and the app's fake helper inject their own.
 */
public interface Kernel {
    /** Every link of the namespace with link info and counters. */
    List<LinkInfo> links() throws KernelException;

    /**
     * Runs {@code ops} in one bulk call. With {@code keepGoing} false it stops at the first failure
     * (the ops after it did not run); with true it runs every op and reports each failure.
     */
    BatchResult run(List<LinkOp> ops, boolean keepGoing);

    /** The character device of macvtap {@code ifname} ({@code /sys/class/net/IF/macvtap/tapN/dev}). */
    Optional<DevNumber> tapDevice(String ifname);

    /** Calls {@code onEvent} for every link event, on a thread of its own; close to stop. */
    AutoCloseable watch(LinkEventSink onEvent) throws IOException;
}
