package org.mvtd.backend.sys;

import jnr.ffi.LastError;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

/**
 * The loaded {@link LibC} and errno handling. Constants are the x86-64/aarch64 Linux ABI values
 * (identical on both): this backend runs only on Linux.
 */
public final class Sys {
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;
    public static final int ENETDOWN = 100;
    public static final int ENXIO = 6;
    public static final int ENOBUFS = 105;

    public static final int AF_PACKET = 17;
    public static final int AF_NETLINK = 16;
    public static final int NETLINK_ROUTE = 0;
    public static final int MSG_TRUNC = 0x20;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_NONBLOCK = 0x800;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SO_RCVBUF = 8;
    public static final int SO_RCVBUFFORCE = 33;

    public static final int O_RDWR = 2;
    public static final int O_RDONLY = 0;
    public static final int O_NONBLOCK = 0x800;
    public static final int O_CLOEXEC = 0x80000;

    public static final int S_IFCHR = 0x2000;

    public static final long TUNSETIFF = 0x400454caL;
    public static final long SIOCGIFINDEX = 0x8933L;
    public static final short IFF_TAP = 0x0002;
    public static final short IFF_NO_PI = 0x1000;

    public static final int CLONE_NEWNS = 0x00020000;
    public static final int CLONE_NEWNET = 0x40000000;
    public static final long MS_REC = 16384;
    public static final long MS_PRIVATE = 1 << 18;
    public static final int MNT_DETACH = 2;

    public static final short POLLIN = 0x1;

    private static final LibC LIBC = LibraryLoader.create(LibC.class).load("c");
    private static final Runtime RUNTIME = Runtime.getRuntime(LIBC);

    private Sys() {
    }

    public static LibC libc() {
        return LIBC;
    }

    /** errno of the last call made by this thread through {@link #libc()}. */
    public static int errno() {
        return LastError.getLastError(RUNTIME);
    }

    /** Throws with the call, its subject and errno when {@code rc} is negative; returns {@code rc}. */
    public static long check(long rc, String call, String subject) throws SysException {
        if (rc < 0) {
            int e = errno();
            throw new SysException(call, subject, e, LIBC.strerror(e));
        }
        return rc;
    }

    /**
     * Sets the calling thread's nice value (Linux applies setpriority(PRIO_PROCESS, tid) to one thread).
     * Lowering it below 0 needs root or CAP_SYS_NICE; returns false when refused, changing nothing.
     */
    public static boolean niceThisThread(int nice) {
        return LIBC.setpriority(0, LIBC.gettid(), nice) == 0;
    }

    /** makedev(3) of glibc: the 64-bit dev_t for a major:minor pair. */
    public static long makedev(long major, long minor) {
        return ((major & 0xfffL) << 8) | ((major & ~0xfffL) << 32) | (minor & 0xffL) | ((minor & ~0xffL) << 12);
    }
}
