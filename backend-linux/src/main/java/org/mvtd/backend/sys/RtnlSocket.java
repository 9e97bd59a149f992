package org.mvtd.backend.sys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A non-blocking NETLINK_ROUTE socket of one network namespace, optionally joined to multicast groups
 * ({@code RTMGRP_LINK} for link events). The socket keeps the namespace it was created in, so one for a named
 * namespace is made on a short-lived thread that entered it.
 */
public final class RtnlSocket implements AutoCloseable {
    /** Multicast group of link changes (RTMGRP_LINK). */
    public static final int RTMGRP_LINK = 1;
    private static final int SOCKADDR_NL_LEN = 12;
    private static final int SOL_NETLINK = 270;
    private static final int NETLINK_CAP_ACK = 10;
    private static final int NETLINK_EXT_ACK = 11;
    private static final byte[] KERNEL = sockaddr(0);

    private final int fd;
    private boolean closed;

    private RtnlSocket(int fd) {
        this.fd = fd;
    }

    /**
     * Opens a socket in {@code netns} (a name under /run/netns; null for the caller's own namespace), joined to
     * {@code groups}, its receive buffer raised to {@code receiveBuffer} bytes (SO_RCVBUFFORCE, past rmem_max,
     * as root; SO_RCVBUF otherwise) so that bursts are not lost.
     */
    public static RtnlSocket open(String netns, int groups, int receiveBuffer) throws IOException {
        if (netns == null) {
            return open(groups, receiveBuffer);
        }
        try (NetnsThread t = NetnsThread.enter(netns, null)) {
            return t.call(() -> open(groups, receiveBuffer));
        }
    }

    private static RtnlSocket open(int groups, int receiveBuffer) throws SysException {
        LibC c = Sys.libc();
        int fd = (int) Sys.check(c.socket(Sys.AF_NETLINK, Sys.SOCK_RAW | Sys.SOCK_NONBLOCK | Sys.SOCK_CLOEXEC, Sys.NETLINK_ROUTE),
                "socket", "NETLINK_ROUTE");
        try {
            if (c.setsockopt(fd, Sys.SOL_SOCKET, Sys.SO_RCVBUFFORCE, new int[] {receiveBuffer}, 4) < 0) {
                Sys.check(c.setsockopt(fd, Sys.SOL_SOCKET, Sys.SO_RCVBUF, new int[] {receiveBuffer}, 4), "setsockopt", "SO_RCVBUF");
            }
            byte[] addr = sockaddr(groups);
            Sys.check(c.bind(fd, addr, SOCKADDR_NL_LEN), "bind", "NETLINK_ROUTE groups " + groups);
            return new RtnlSocket(fd);
        } catch (SysException e) {
            c.close(fd);
            throw e;
        }
    }

    private static byte[] sockaddr(int groups) {
        ByteBuffer b = ByteBuffer.allocate(SOCKADDR_NL_LEN).order(ByteOrder.nativeOrder());
        b.putShort((short) Sys.AF_NETLINK).putShort((short) 0).putInt(0).putInt(groups);
        return b.array();
    }

    /**
     * Asks for capped acks (an error answer carries the request's header, not the whole request) with the
     * kernel's extended error message (NETLINK_CAP_ACK, NETLINK_EXT_ACK): smaller answers, better reasons.
     * Kernels without them answer as before, so a refusal is ignored.
     */
    public void preferExtendedAcks() {
        Sys.libc().setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, new int[] {1}, 4);
        Sys.libc().setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, new int[] {1}, 4);
    }

    public int fd() {
        return fd;
    }

    /** Sends one request datagram to the kernel. */
    public void send(byte[] request) throws SysException {
        Sys.check(Sys.libc().sendto(fd, request, request.length, 0, KERNEL, SOCKADDR_NL_LEN), "sendto", "NETLINK_ROUTE");
    }

    /**
     * Reads one datagram into {@code buf}: its length, or -1 when none is queued. Throws {@link SysException}
     * with errno ENOBUFS when the kernel dropped messages because the buffer was full, and when a datagram was
     * longer than {@code buf} (its tail is lost).
     */
    public int receive(byte[] buf) throws SysException {
        long n = Sys.libc().recvfrom(fd, buf, buf.length, Sys.MSG_TRUNC, null, null);
        if (n < 0) {
            int e = Sys.errno();
            if (e == Sys.EAGAIN || e == Sys.EINTR) {
                return -1;
            }
            Sys.check(n, "recvfrom", "NETLINK_ROUTE");
        }
        if (n > buf.length) {
            throw new SysException("recvfrom", "NETLINK_ROUTE", Sys.ENOBUFS, "datagram of " + n + " bytes truncated to " + buf.length);
        }
        return (int) n;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Sys.libc().close(fd);
        }
    }
}
