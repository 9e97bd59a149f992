package org.mvtd.backend.sys;

import java.io.IOException;

/** A system call failed: names the call, what it acted on, and the kernel's errno with its text. */
public final class SysException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int errno;

    public SysException(String call, String subject, int errno, String text) {
        super(call + "(" + subject + "): " + text + " (errno " + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
