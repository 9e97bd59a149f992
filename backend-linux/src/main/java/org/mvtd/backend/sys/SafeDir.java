package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory the root helper trusts, held open as a file descriptor: every file in it is reached with the
 * {@code *at} calls relative to that descriptor and {@code O_NOFOLLOW}, so nobody can swap a component for a
 * symbolic link between our check and our use. Opening walks the path from {@code /} one component at a time:
 * no component may be a symbolic link, every existing ancestor must be owned by root (or us) and, when group
 * or world writable, sticky (like /tmp); the directory itself must be ours and carry none of the forbidden
 * permission bits. Missing directories are made with the given mode and our owner, set explicitly (never
 * left to the umask). A refusal is a {@link SafeDirException} naming the path and the problem.
 */
public final class SafeDir implements AutoCloseable {
    private static final boolean ARM = System.getProperty("os.arch", "").contains("aarch64");
    static final int O_WRONLY = 1;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_DIRECTORY = ARM ? 040000 : 0200000;
    static final int O_NOFOLLOW = ARM ? 0100000 : 0400000;
    static final int O_PATH = 010000000;
    static final int AT_REMOVEDIR = 0x200;
    static final int AT_SYMLINK_NOFOLLOW = 0x100;
    static final int ENOENT = 2;
    static final int ENOTDIR = 20;
    static final int EEXIST = 17;
    static final int ELOOP = 40;
    static final int ENOTEMPTY = 39;
    static final int S_IFMT = 0170000;
    static final int S_IFDIR = 0040000;
    static final int S_IFREG = 0100000;
    static final int S_IFLNK = 0120000;
    static final int S_ISVTX = 01000;
    static final int LOCK_EX = 2;
    static final int LOCK_NB = 4;

    private final int fd;
    private final Path path;
    private final int mode;
    private final int forbidden;
    private boolean closed;

    private SafeDir(int fd, Path path, int mode, int forbidden) {
        this.fd = fd;
        this.path = path;
        this.mode = mode;
        this.forbidden = forbidden;
    }

    /**
     * Opens (making it and missing ancestors when {@code create}) the absolute directory {@code dir}.
     *
     * @param mode      permission bits for directories made here, e.g. 0700
     * @param forbidden permission bits the directory must not have, e.g. 077 (nobody else) or 022 (nobody else writes)
     */
    public static SafeDir open(Path dir, int mode, int forbidden, boolean create) throws IOException {
        return walk(dir, mode, forbidden, create, false);
    }

    /**
     * Opens an existing directory held to the ancestor rule only (owned by root, not writable by others unless
     * sticky), e.g. the parent of a directory we may remove; nothing is created in it by this call.
     */
    public static SafeDir openParent(Path dir) throws IOException {
        return walk(dir, 0755, 022, false, true);
    }

    private static SafeDir walk(Path dir, int mode, int forbidden, boolean create, boolean lenientLast) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!dir.isAbsolute() || !dir.normalize().equals(dir)) {
            throw new SafeDirException(dir, "is not an absolute, normalised path");
        }
        LibC c = Sys.libc();
        int cur = (int) Sys.check(c.openat(-100, "/", O_DIRECTORY | O_NOFOLLOW | Sys.O_RDONLY | Sys.O_CLOEXEC, 0), "open", "/");
        SafeDir at = new SafeDir(cur, Path.of("/"), mode, forbidden);
        try {
            for (int i = 0; i < dir.getNameCount(); i++) {
                boolean last = i == dir.getNameCount() - 1;
                SafeDir next = at.child(dir.getName(i).toString(), create, !last || lenientLast);
                at.close();
                at = next;
            }
            if (dir.getNameCount() == 0 && !lenientLast) {
                at.checkManaged(at.stat());
            }
            return at;
        } catch (IOException | RuntimeException e) {
            at.close();
            throw e;
        }
    }

    /** The sub-directory {@code name}, made with this directory's mode when missing and {@code create}. */
    public SafeDir sub(String name, boolean create) throws IOException {
        return child(name, create, false);
    }

    /** The sub-directory {@code name} if it exists (refused like {@link #sub} when it is not trustworthy). */
    public Optional<SafeDir> subIfExists(String name) throws IOException {
        if (lstat(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(child(name, false, false));
    }

    private SafeDir child(String name, boolean create, boolean ancestor) throws IOException {
        checkName(name);
        Path p = path.resolve(name);
        LibC c = Sys.libc();
        boolean made = false;
        int nfd = c.openat(fd, name, O_DIRECTORY | O_NOFOLLOW | Sys.O_RDONLY | Sys.O_CLOEXEC, 0);
        if (nfd < 0 && Sys.errno() == ENOENT && create) {
            if (c.mkdirat(fd, name, mode) < 0 && Sys.errno() != EEXIST) {
                Sys.check(-1, "mkdirat", p.toString());
            }
            made = true;
            nfd = c.openat(fd, name, O_DIRECTORY | O_NOFOLLOW | Sys.O_RDONLY | Sys.O_CLOEXEC, 0);
        }
        if (nfd < 0) {
            int e = Sys.errno();
            if (e == ELOOP || e == ENOTDIR) {
                throw new SafeDirException(p, lstat(name).map(st -> (st.mode() & S_IFMT) == S_IFLNK).orElse(false)
                        ? "is a symbolic link; refusing to follow it" : "is not a directory");
            }
            Sys.check(-1, "open", p.toString());
        }
        SafeDir d = new SafeDir(nfd, p, mode, forbidden);
        try {
            FdStat st = d.stat();
            if (made && st.uid() == Sys.libc().geteuid()) {
                // explicit owner and mode: never what the umask or a parent's setgid bit would leave
                Sys.check(c.fchown(nfd, Sys.libc().geteuid(), Sys.libc().getegid()), "fchown", p.toString());
                Sys.check(c.fchmod(nfd, mode), "fchmod", p.toString());
                st = d.stat();
            }
            if (ancestor) {
                d.checkAncestor(st);
            } else {
                d.checkManaged(st);
            }
            return d;
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private void checkAncestor(FdStat st) throws SafeDirException {
        int uid = st.uid();
        if (uid != 0 && uid != Sys.libc().geteuid()) {
            throw new SafeDirException(path, "is owned by uid " + uid + ", not by root");
        }
        if ((st.mode() & 022) != 0 && (st.mode() & S_ISVTX) == 0) {
            throw new SafeDirException(path, "is writable by others (mode " + octal(st.mode()) + ") and not sticky");
        }
    }

    private void checkManaged(FdStat st) throws SafeDirException {
        int uid = st.uid();
        if (uid != Sys.libc().geteuid()) {
            throw new SafeDirException(path, "is owned by uid " + uid + ", not by root (uid " + Sys.libc().geteuid() + ")");
        }
        if ((st.mode() & forbidden) != 0) {
            throw new SafeDirException(path, "has mode " + octal(st.mode()) + "; it must not have " + octal(forbidden)
                    + " (group/world access)");
        }
    }

    private FdStat stat() throws IOException {
        return FdStat.of(fd, path.toString());
    }

    public Path path() {
        return path;
    }

    /** What {@code name} is (not following a link), or empty when there is no such entry. */
    public Optional<FdStat> lstat(String name) throws IOException {
        checkName(name);
        int f = Sys.libc().openat(fd, name, O_PATH | O_NOFOLLOW | Sys.O_CLOEXEC, 0);
        if (f < 0) {
            if (Sys.errno() == ENOENT) {
                return Optional.empty();
            }
            Sys.check(-1, "open", path.resolve(name).toString());
        }
        try {
            return Optional.of(FdStat.of(f, path.resolve(name).toString()));
        } finally {
            Sys.libc().close(f);
        }
    }

    /** The names in this directory (without . and ..), read through the descriptor we hold. */
    public List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd", Integer.toString(fd)))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The content of the regular file {@code name}, trusted only when it is ours, has no group/world bits and
     * is at most {@code maxBytes} long; otherwise {@link SafeDirException} saying why.
     */
    public byte[] readTrusted(String name, int maxBytes) throws IOException {
        checkName(name);
        return TrustedFile.read(fd, path.resolve(name), name, maxBytes);
    }

    /**
     * Writes {@code data} as {@code name}: into a new 0600 file {@code tmpName} (created exclusively, a leftover
     * of a killed helper removed first), fsynced, renamed over {@code name}, and the directory fsynced.
     */
    public void writeAtomically(String name, String tmpName, byte[] data) throws IOException {
        Sys.libc().close(write(name, tmpName, data, false));
    }

    /**
     * As {@link #writeAtomically}, but the file is locked ({@code flock} exclusive) before it is written and
     * renamed, and the locked descriptor is returned: whoever holds it owns the entry, and the kernel releases
     * the lock when the holder dies (a SIGKILLed helper). Close it with {@link #release}.
     */
    public int writeAtomicallyLocked(String name, String tmpName, byte[] data) throws IOException {
        return write(name, tmpName, data, true);
    }

    /**
     * Locks the file {@code name} (exclusive, not waiting) and returns the descriptor, or -1 when another
     * process holds the lock or the file is gone.
     */
    public int tryLock(String name) throws IOException {
        checkName(name);
        int f = Sys.libc().openat(fd, name, Sys.O_RDONLY | O_NOFOLLOW | Sys.O_CLOEXEC | Sys.O_NONBLOCK, 0);
        if (f < 0) {
            if (Sys.errno() == ENOENT) {
                return -1;
            }
            Sys.check(-1, "open", path.resolve(name).toString());
        }
        if (Sys.libc().flock(f, LOCK_EX | LOCK_NB) < 0) {
            int e = Sys.errno();
            Sys.libc().close(f);
            if (e == Sys.EAGAIN) {
                return -1;
            }
            throw new IOException("flock(" + path.resolve(name) + ") failed: errno " + e);
        }
        return f;
    }

    /** Closes a descriptor from {@link #tryLock} or {@link #writeAtomicallyLocked}, releasing its lock. */
    public static void release(int lockFd) {
        if (lockFd >= 0) {
            Sys.libc().close(lockFd);
        }
    }

    private int write(String name, String tmpName, byte[] data, boolean lock) throws IOException {
        checkName(name);
        checkName(tmpName);
        LibC c = Sys.libc();
        unlink(tmpName);
        String tmp = path.resolve(tmpName).toString();
        int f = (int) Sys.check(c.openat(fd, tmpName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | Sys.O_CLOEXEC, 0600),
                "open", tmp);
        boolean ok = false;
        try {
            if (lock) {
                Sys.check(c.flock(f, LOCK_EX), "flock", tmp);
            }
            int off = 0;
            while (off < data.length) {
                byte[] chunk = off == 0 ? data : java.util.Arrays.copyOfRange(data, off, data.length);
                off += (int) Sys.check(c.write(f, chunk, chunk.length), "write", tmp);
            }
            Sys.check(c.fchmod(f, 0600), "fchmod", tmp);
            Sys.check(c.fsync(f), "fsync", tmp);
            Sys.check(c.renameat(fd, tmpName, fd, name), "renameat", tmp);
            fsync();
            ok = true;
            return f;
        } finally {
            if (!ok) {
                c.close(f);
            }
        }
    }

    /** Removes the file or node {@code name}; false when there was none. */
    public boolean unlink(String name) throws IOException {
        checkName(name);
        if (Sys.libc().unlinkat(fd, name, 0) < 0) {
            if (Sys.errno() == ENOENT) {
                return false;
            }
            Sys.check(-1, "unlinkat", path.resolve(name).toString());
        }
        return true;
    }

    /** Removes the sub-directory {@code name} when it is empty; false when it is not empty or absent. */
    public boolean removeDirIfEmpty(String name) throws IOException {
        checkName(name);
        if (Sys.libc().unlinkat(fd, name, AT_REMOVEDIR) < 0) {
            int e = Sys.errno();
            if (e == ENOENT || e == ENOTEMPTY || e == EEXIST) {
                return false;
            }
            Sys.check(-1, "rmdir", path.resolve(name).toString());
        }
        return true;
    }

    /** Moves {@code name} to {@code to}/{@code toName}, replacing what is there. */
    public void rename(String name, SafeDir to, String toName) throws IOException {
        checkName(name);
        checkName(toName);
        Sys.check(Sys.libc().renameat(fd, name, to.fd, toName), "renameat", path.resolve(name) + " -> " + to.path.resolve(toName));
    }

    /** Makes character device {@code name} with {@code perm} bits (created exactly: the helper's umask is 077). */
    public void mknod(String name, int perm, long dev) throws IOException {
        checkName(name);
        Sys.check(Sys.libc().mknodat(fd, name, Sys.S_IFCHR | perm, dev), "mknodat", path.resolve(name).toString());
    }

    /** Gives {@code name} (never following a link) to {@code uid}:{@code gid}. */
    public void chown(String name, int uid, int gid) throws IOException {
        checkName(name);
        Sys.check(Sys.libc().fchownat(fd, name, uid, gid, AT_SYMLINK_NOFOLLOW), "fchownat", path.resolve(name).toString());
    }

    public void fsync() throws IOException {
        Sys.check(Sys.libc().fsync(fd), "fsync", path.toString());
    }

    /** One path component: never a separator, "." or "..", so a name cannot leave this directory. */
    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a single path component: '" + name + "'");
        }
    }

    static String octal(int mode) {
        return String.format("%04o", mode & 07777);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Sys.libc().close(fd);
        }
    }
}
