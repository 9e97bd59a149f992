package org.mvtd.backend.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A macvtap character device opened the way a guest's hypervisor opens it: non-blocking, and TUNSETIFF
 * with IFF_TAP|IFF_NO_PI so frames carry neither packet info nor the virtio-net header a new fd starts with.
 * Frames written are what the guest sends; frames read are what the guest receives.
 */
public final class TapDevice extends FdChannel {
    private static final int IFREQ_LEN = 40;
    private TapDevice(int fd, String name) {
        super(fd, name);
    }

    /** Opens the character device node at {@code node}; {@code name} names it in messages. */
    public static TapDevice open(String node, String name) throws SysException {
        Objects.requireNonNull(node, "node");
        LibC c = Sys.libc();
        int fd = (int) Sys.check(c.open(node, Sys.O_RDWR | Sys.O_NONBLOCK | Sys.O_CLOEXEC, 0), "open", node);
        byte[] ifr = new byte[IFREQ_LEN];
        ByteBuffer.wrap(ifr, 16, 2).order(ByteOrder.nativeOrder()).putShort((short) (Sys.IFF_TAP | Sys.IFF_NO_PI));
        if (c.ioctl(fd, Sys.TUNSETIFF, ifr) < 0) {
            int e = Sys.errno();
            c.close(fd);
            throw new SysException("ioctl", "TUNSETIFF " + node, e, c.strerror(e));
        }
        return new TapDevice(fd, name);
    }

    @Override
    String describe() {
        return "tap " + name();
    }

    @Override
    public Received receive(byte[] buf) throws SysException {
        long n = Sys.libc().read(fd(), buf, buf.length);
        if (n < 0) {
            int e = Sys.errno();
            if (e == Sys.EAGAIN || e == Sys.EINTR) {
                return null;
            }
            Sys.check(n, "read", describe());
        }
        return new Received((int) n, -1);
    }
}
