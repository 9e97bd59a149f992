package org.mvtd.backend.helper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Permission bits of a path as the kernel stores them, for tests that check modes. */
final class SafeDirModes {
    private SafeDirModes() {
    }

    static int of(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }
}
