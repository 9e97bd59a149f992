package org.mvtd.backend.lab;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.mvtd.backend.sys.LibC;
import org.mvtd.backend.sys.Sys;
import org.mvtd.backend.sys.SysException;

/**
 * A non-blocking UDP socket on the lab port, bound to one interface (SO_BINDTODEVICE): it receives what
 * that interface's own IP stack accepted, and nothing that arrived on another interface of the namespace,
 * so delivery is judged per interface even where the weak host model would answer for a sibling's
 * address. Create it on a thread inside the interface's namespace.
 */
final class UdpListener implements AutoCloseable {
    private static final int AF_INET = 2;
    private static final int SOCK_DGRAM = 2;
    private static final int SO_BINDTODEVICE = 25;
    private static final int SOCKADDR_IN_LEN = 16;

    private final int fd;
    private final String ifname;
    private final byte[] addr = new byte[SOCKADDR_IN_LEN];
    private final int[] addrLen = new int[1];
    private boolean closed;

    private UdpListener(int fd, String ifname) {
        this.fd = fd;
        this.ifname = ifname;
    }

    static UdpListener open(String ifname, int receiveBuffer) throws SysException {
        Objects.requireNonNull(ifname, "ifname");
        LibC c = Sys.libc();
        int fd = (int) Sys.check(c.socket(AF_INET, SOCK_DGRAM | Sys.SOCK_NONBLOCK | Sys.SOCK_CLOEXEC, 0), "socket",
                "UDP " + ifname);
        try {
            if (c.setsockopt(fd, Sys.SOL_SOCKET, Sys.SO_RCVBUFFORCE, new int[] {receiveBuffer}, 4) < 0) {
                Sys.check(c.setsockopt(fd, Sys.SOL_SOCKET, Sys.SO_RCVBUF, new int[] {receiveBuffer}, 4),
                        "setsockopt", "SO_RCVBUF " + ifname);
            }
            byte[] name = ifname.getBytes(StandardCharsets.US_ASCII);
            // libc's setsockopt takes the name as bytes; LibC declares int[] values, so pack them in native order.
            ByteBuffer packed = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
            packed.put(name);
            int[] words = new int[4];
            packed.rewind();
            packed.asIntBuffer().get(words);
            Sys.check(c.setsockopt(fd, Sys.SOL_SOCKET, SO_BINDTODEVICE, words, name.length + 1), "setsockopt",
                    "SO_BINDTODEVICE " + ifname);
            ByteBuffer sin = ByteBuffer.allocate(SOCKADDR_IN_LEN).order(ByteOrder.nativeOrder());
            sin.putShort((short) AF_INET);
            sin.order(ByteOrder.BIG_ENDIAN).putShort((short) LabFrames.PORT).putInt(0);
            Sys.check(c.bind(fd, sin.array(), SOCKADDR_IN_LEN), "bind", "UDP " + ifname + ":" + LabFrames.PORT);
            return new UdpListener(fd, ifname);
        } catch (SysException e) {
            c.close(fd);
            throw e;
        }
    }

    int fd() {
        return fd;
    }

    String ifname() {
        return ifname;
    }

    /** One datagram's payload length, or -1 when nothing is queued. */
    int receive(byte[] buf) throws SysException {
        addrLen[0] = SOCKADDR_IN_LEN;
        long n = Sys.libc().recvfrom(fd, buf, buf.length, 0, addr, addrLen);
        if (n < 0) {
            int e = Sys.errno();
            if (e == Sys.EAGAIN || e == Sys.EINTR || e == Sys.ENETDOWN) {
                return -1;
            }
            Sys.check(n, "recvfrom", "UDP " + ifname);
        }
        return (int) n;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            Sys.libc().close(fd);
        }
    }
}
