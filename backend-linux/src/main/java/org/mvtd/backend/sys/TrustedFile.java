package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.file.Path;
import jnr.posix.FileStat;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;

/** Reads a file of a {@link SafeDir} only when the root helper may trust it: ours, private, regular, bounded. */
final class TrustedFile {
    private static final POSIX POSIX_CALLS = POSIXFactory.getNativePOSIX();

    private TrustedFile() {
    }

    /** {@code name} in directory {@code dirFd} (shown as {@code p}), refused with a {@link SafeDirException} saying why. */
    static byte[] read(int dirFd, Path p, String name, int maxBytes) throws IOException {
        int f = Sys.libc().openat(dirFd, name, Sys.O_RDONLY | SafeDir.O_NOFOLLOW | Sys.O_CLOEXEC | Sys.O_NONBLOCK, 0);
        if (f < 0) {
            if (Sys.errno() == SafeDir.ELOOP) {
                throw new SafeDirException(p, "is a symbolic link; refusing to follow it");
            }
            Sys.check(-1, "open", p.toString());
        }
        try {
            FileStat st = POSIX_CALLS.allocateStat();
            if (POSIX_CALLS.fstat(f, st) < 0) {
                throw new IOException("fstat(" + p + ") failed: errno " + POSIX_CALLS.errno());
            }
            if ((st.mode() & SafeDir.S_IFMT) != SafeDir.S_IFREG) {
                throw new SafeDirException(p, "is not a regular file");
            }
            if (st.uid() != POSIX_CALLS.geteuid()) {
                throw new SafeDirException(p, "is owned by uid " + st.uid() + ", not by root");
            }
            if ((st.mode() & 077) != 0) {
                throw new SafeDirException(p, "has mode " + SafeDir.octal(st.mode()) + "; only 0600 files are trusted");
            }
            if (st.st_size() > maxBytes) {
                throw new SafeDirException(p, "is " + st.st_size() + " bytes, more than the limit of " + maxBytes);
            }
            byte[] buf = new byte[(int) st.st_size()];
            int n = 0;
            while (n < buf.length) {
                byte[] chunk = new byte[buf.length - n];
                long r = Sys.check(Sys.libc().read(f, chunk, chunk.length), "read", p.toString());
                if (r == 0) {
                    break;
                }
                System.arraycopy(chunk, 0, buf, n, (int) r);
                n += (int) r;
            }
            return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
        } finally {
            Sys.libc().close(f);
        }
    }
}
