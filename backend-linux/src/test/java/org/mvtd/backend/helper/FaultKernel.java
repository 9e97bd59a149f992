package org.mvtd.backend.helper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mvtd.backend.link.BatchResult;
import org.mvtd.backend.link.DevNumber;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.KernelException;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkOp;
import org.mvtd.backend.link.LinkOp.Add;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * Wraps the real kernel and disturbs the first apply batch at op {@code k}. Ops before k run for real, then:
 * <ul>
 * <li>{@code refuse}: a concurrent actor strikes: before an {@code add} of a new name it creates a foreign
 *     macvlan of that name (the kernel then refuses with "File exists"); before any other op, the op is
 *     swapped for one the kernel refuses (a delete of a device that does not exist);</li>
 * <li>{@code kill}: writes this process's pid to {@code marker} and waits to be killed with SIGKILL.</li>
 * </ul>
 */
public final class FaultKernel implements Kernel {
    private final Kernel real;
    private final String mode;
    private final int k;
    private final Path marker;
    private boolean armed = true;

    public FaultKernel(Kernel real, String mode, int k, Path marker) {
        this.real = real;
        this.mode = mode;
        this.k = k;
        this.marker = marker;
    }

    @Override
    public List<LinkInfo> links() throws KernelException {
        return real.links();
    }

    @Override
    public synchronized BatchResult run(List<LinkOp> ops, boolean keepGoing) {
        if (!armed || keepGoing || k >= ops.size()) {
            return real.run(ops, keepGoing);
        }
        armed = false;
        BatchResult head = real.run(ops.subList(0, k), false);
        if (!head.ok()) {
            return head;
        }
        if (mode.equals("kill")) {
            try {
                Files.writeString(marker, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
                Thread.sleep(Long.MAX_VALUE);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("fault harness: " + e, e);
            }
        }
        List<LinkOp> tail = new ArrayList<>(ops.subList(k, ops.size()));
        boolean replacing = k > 0 && ops.get(k - 1) instanceof LinkOp.Delete d && d.name().equals(tail.get(0).name());
        if (tail.get(0) instanceof Add a && !replacing) {
            real.run(List.of(new Add(a.name(), a.lowerIndex(), a.lower(), LinkType.MACVLAN, MacvlanMode.PRIVATE, null, 0)), false);
        } else {
            tail.set(0, new LinkOp.Delete(Integer.MAX_VALUE, "mvtd-nodev0")); // no such ifindex: the kernel refuses it
        }
        BatchResult r = real.run(tail, false);
        List<BatchResult.Failure> shifted = r.failures().stream()
                .map(f -> new BatchResult.Failure(f.index() < 0 ? -1 : f.index() + k, f.reason())).toList();
        return new BatchResult(ops.size(), shifted);
    }

    @Override
    public Optional<DevNumber> tapDevice(String ifname) {
        return real.tapDevice(ifname);
    }

    @Override
    public AutoCloseable watch(org.mvtd.backend.link.LinkEventSink onEvent) throws IOException {
        return real.watch(onEvent);
    }
}
