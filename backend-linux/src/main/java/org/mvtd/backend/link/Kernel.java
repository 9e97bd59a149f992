package org.mvtd.backend.link;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Everything the helper asks of the kernel, typed: links as {@link LinkInfo}, changes as {@link LinkOp}s addressed
 * by ifindex. The real one is {@code rtnl.RtnlKernel} (rtnetlink + sysfs); tests and the app's fake helper inject
 * their own.
 */
public interface Kernel {
    /** Every link of the namespace with link info and counters. */
    List<LinkInfo> links() throws KernelException;

    /**
     * Runs {@code ops} in one bulk call, each failure reported with its op's index. With {@code keepGoing} false it
     * stops sending at the first failure it sees (ops already in flight with it may have run: callers restore from
     * the live state); with true it runs every op. An op with ifindex 0 addresses the link an earlier op of the same
     * call created under its name, and fails when there is none.
     */
    BatchResult run(List<LinkOp> ops, boolean keepGoing);

    /** The character device of macvtap {@code ifname} ({@code /sys/class/net/IF/macvtap/tapN/dev}). */
    Optional<DevNumber> tapDevice(String ifname);

    /** Calls {@code onEvent} for every link event, on a thread of its own; close to stop. */
    AutoCloseable watch(LinkEventSink onEvent) throws IOException;
}
