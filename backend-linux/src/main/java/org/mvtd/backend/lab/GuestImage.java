package org.mvtd.backend.lab;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a real guest boots: a Debian cloud kernel and a busybox initramfs made for it.
 *
 * @param release   the kernel release, e.g. {@code 6.1.0-57-cloud-amd64}
 * @param fetched   whether this preparation downloaded the kernel (false when it came from the cache)
 */
public record GuestImage(Path kernel, Path initramfs, String release, boolean fetched) {
    public GuestImage {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(initramfs, "initramfs");
        Objects.requireNonNull(release, "release");
    }
}
