package org.mvtd.backend.sys;

import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.annotations.Variadic;

/**
 * The few glibc calls the lab needs that jnr-posix does not offer (sockets with sockaddr_ll or sockaddr_nl, ioctl with
 * a struct, setns, unshare, mount, mknod, poll, per-thread priority, and the *at calls that work relative to a directory fd). Bound by jnr-ffi; every call saves errno for {@link Sys}.
 */
@SaveError
public interface LibC {
    int socket(int domain, int type, int protocol);

    int bind(int fd, @In byte[] addr, int addrLen);

    int setsockopt(int fd, int level, int option, @In int[] value, int valueLen);

    long recvfrom(int fd, @Out byte[] buf, long len, int flags, @Out byte[] addr, int[] addrLen);

    long sendto(int fd, @In byte[] buf, long len, int flags, @In byte[] addr, int addrLen);

    @Variadic(fixedCount = 2)
    int ioctl(int fd, long request, byte[] arg);

    @Variadic(fixedCount = 2)
    int open(String path, int flags, int mode);

    long read(int fd, @Out byte[] buf, long count);

    long write(int fd, @In byte[] buf, long count);

    int close(int fd);

    int poll(byte[] fds, long nfds, int timeoutMillis);

    int setns(int fd, int nstype);

    int unshare(int flags);

    int mount(String source, String target, String fsType, long flags, String data);

    int umount2(String target, int flags);

    int mknod(String path, int mode, long dev);

    int unlink(String path);

    @Variadic(fixedCount = 3)
    int openat(int dirFd, String path, int flags, int mode);

    int mkdirat(int dirFd, String path, int mode);

    int mknodat(int dirFd, String path, int mode, long dev);

    int fchownat(int dirFd, String path, int uid, int gid, int flags);

    int renameat(int oldDirFd, String oldPath, int newDirFd, String newPath);

    int unlinkat(int dirFd, String path, int flags);

    int fchown(int fd, int uid, int gid);

    int fchmod(int fd, int mode);

    int fsync(int fd);

    int umask(int mask);

    int flock(int fd, int operation);

    int geteuid();

    int getegid();

    /** A {@code struct passwd *}, or null when the uid has no entry: only whether it exists is read. */
    jnr.ffi.Pointer getpwuid(int uid);

    int statx(int dirFd, String path, int flags, int mask, @Out byte[] statx);

    int gettid();

    int setpriority(int which, int who, int prio);

    String strerror(int errnum);
}
