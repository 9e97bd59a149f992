package org.mvtd.backend.link;

import java.util.List;

/**
 * What a batch of {@link LinkOp}s did. Each failure carries the index of its op (or -1 when iproute2 died
 * without saying which line) and the kernel's reason.
 */
public record BatchResult(int opCount, List<Failure> failures) {
    public BatchResult {
        failures = List.copyOf(failures);
    }

    public record Failure(int index, String reason) {
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    public static BatchResult success(int opCount) {
        return new BatchResult(opCount, List.of());
    }
}
