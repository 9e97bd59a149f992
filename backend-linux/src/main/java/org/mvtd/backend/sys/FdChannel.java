package org.mvtd.backend.sys;

/** A frame channel over one file descriptor: sending is write(2) of a whole frame, closing is close(2). */
abstract class FdChannel implements FrameChannel {
    private final int fd;
    private final String name;
    private boolean closed;

    FdChannel(int fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    @Override
    public final int fd() {
        return fd;
    }

    @Override
    public final String name() {
        return name;
    }

    /** What messages call this channel: "tap mvt0", "AF_PACKET eth0". */
    abstract String describe();

    @Override
    public final void send(byte[] frame) throws SysException {
        Sys.check(Sys.libc().write(fd, frame, frame.length), "write", describe());
    }

    @Override
    public final synchronized void close() {
        if (!closed) {
            closed = true;
            Sys.libc().close(fd);
        }
    }
}
