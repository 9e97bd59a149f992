package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What {@code statx(2)} says of an open file descriptor: type and permission bits, owner, size and, for a device
 * node, its number. statx's layout is the same on every architecture (unlike struct stat), and one call bound by
 * {@link LibC} costs the helper nothing at start, where jnr-posix's stat generated its whole POSIX binding first.
 */
public record FdStat(int mode, int uid, int gid, long size, int rdevMajor, int rdevMinor) {
    private static final int AT_EMPTY_PATH = 0x1000;
    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final int STATX_SIZE = 256;

    /** The file open as {@code fd} ({@code what} names it in a failure). */
    public static FdStat of(int fd, String what) throws IOException {
        byte[] buf = new byte[STATX_SIZE];
        if (Sys.libc().statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, buf) < 0) {
            throw new IOException("fstat(" + what + ") failed: errno " + Sys.errno());
        }
        ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
        // struct statx: stx_uid @20, stx_gid @24, stx_mode (u16) @28, stx_size @40, stx_rdev_major/minor @128/@132
        return new FdStat(b.getShort(28) & 0xffff, b.getInt(20), b.getInt(24), b.getLong(40), b.getInt(128), b.getInt(132));
    }
}
