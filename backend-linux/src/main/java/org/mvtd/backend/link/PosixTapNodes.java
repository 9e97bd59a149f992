package org.mvtd.backend.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import jnr.ffi.LibraryLoader;
import jnr.posix.FileStat;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;

/**
 * Tap nodes through jnr-posix (ownership, modes) and libc's mknod via jnr-ffi (jnr-posix has none).
 * The node is made under a temporary name with mode 0600 and owner root, then given to the user and
 * renamed into place, so it is never open to anyone else, not even for an instant; never {@code chmod 666}.
 */
public final class PosixTapNodes implements TapNodes {
    private static final int S_IFCHR = 0020000;
    private static final int S_IFMT = 0170000;
    private static final int MODE = 0600;
    private final POSIX posix = POSIXFactory.getNativePOSIX();
    private final LibC libc = LibraryLoader.create(LibC.class).load("c");

    /** The one libc call jnr-posix lacks. */
    public interface LibC {
        int mknod(String path, int mode, long dev);
    }

    @Override
    public Optional<NodeInfo> stat(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        FileStat st = posix.lstat(path.toString());
        if ((st.mode() & S_IFMT) != S_IFCHR) {
            return Optional.empty();
        }
        long rdev = st.rdev();
        int major = (int) (((rdev >>> 32) & 0xfffff000L) | ((rdev >>> 8) & 0xfffL));
        int minor = (int) (((rdev >>> 12) & 0xffffff00L) | (rdev & 0xffL));
        return Optional.of(new NodeInfo(new DevNumber(major, minor), st.uid(), st.mode() & 07777));
    }

    @Override
    public void make(Path path, DevNumber dev, int uid) throws IOException {
        Path dir = path.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + path.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        int old = posix.umask(077);
        try {
            if (libc.mknod(tmp.toString(), S_IFCHR | MODE, dev.encoded()) != 0) {
                throw new IOException("mknod " + tmp + " failed: errno " + posix.errno());
            }
        } finally {
            posix.umask(old);
        }
        check(posix.chown(tmp.toString(), uid, 0), "chown", tmp);
        check(posix.chmod(tmp.toString(), MODE), "chmod", tmp);
        check(posix.rename(tmp.toString(), path.toString()), "rename", tmp);
    }

    private void check(int rc, String what, Path p) throws IOException {
        if (rc != 0) {
            int errno = posix.errno();
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // reporting the first failure matters more than the clean-up's
            }
            throw new IOException(what + " " + p + " failed: errno " + errno);
        }
    }

    @Override
    public void remove(Path path) throws IOException {
        Files.deleteIfExists(path);
    }
}
