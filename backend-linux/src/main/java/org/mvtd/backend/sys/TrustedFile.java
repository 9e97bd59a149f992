package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a file of a {@link SafeDir} only when the root helper may trust it: ours, private, regular, bounded. */
final class TrustedFile {
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
            FdStat st = FdStat.of(f, p.toString());
            if ((st.mode() & SafeDir.S_IFMT) != SafeDir.S_IFREG) {
                throw new SafeDirException(p, "is not a regular file");
            }
            if (st.uid() != Sys.libc().geteuid()) {
                throw new SafeDirException(p, "is owned by uid " + st.uid() + ", not by root");
            }
            if ((st.mode() & 077) != 0) {
                throw new SafeDirException(p, "has mode " + SafeDir.octal(st.mode()) + "; only 0600 files are trusted");
            }
            if (st.size() > maxBytes) {
                throw new SafeDirException(p, "is " + st.size() + " bytes, more than the limit of " + maxBytes);
            }
            byte[] buf = new byte[(int) st.size()];
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
