package org.mvtd.backend.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A non-blocking AF_PACKET raw socket bound to one interface and one EtherType. Bound to a protocol
 * (not ETH_P_ALL) it is a ptype handler that runs after the interface's rx_handler (macvlan), so it
 * sees exactly what the interface's own stack receives. The socket keeps the network namespace of the
 * thread that created it: create it on a thread inside the right namespace.
 */
public final class PacketSocket extends FdChannel {
    /** sll_pkttype values (linux/if_packet.h). */
    public static final int PACKET_HOST = 0;
    public static final int PACKET_BROADCAST = 1;
    public static final int PACKET_MULTICAST = 2;
    public static final int PACKET_OTHERHOST = 3;
    public static final int PACKET_OUTGOING = 4;

    private static final int SOCKADDR_LL_LEN = 20;
    private static final int IFREQ_LEN = 40;

    private final int ifindex;
    private final byte[] addr = new byte[SOCKADDR_LL_LEN];
    private final int[] addrLen = new int[1];

    private PacketSocket(int fd, String ifname, int ifindex) {
        super(fd, ifname);
        this.ifindex = ifindex;
    }

    /** Opens a socket on {@code ifname} of the calling thread's namespace for {@code etherType}. */
    public static PacketSocket open(String ifname, int etherType, int receiveBuffer) throws SysException {
        Objects.requireNonNull(ifname, "ifname");
        LibC c = Sys.libc();
        int proto = Short.toUnsignedInt(Short.reverseBytes((short) etherType));
        int fd = (int) Sys.check(c.socket(Sys.AF_PACKET, Sys.SOCK_RAW | Sys.SOCK_NONBLOCK | Sys.SOCK_CLOEXEC, proto),
                "socket", "AF_PACKET " + ifname);
        try {
            int ifindex = ifindex(fd, ifname);
            // Many probes can land at once (floods): a big buffer keeps the count exact. FORCE needs
            // CAP_NET_ADMIN and ignores rmem_max; fall back to the capped option without it.
            if (c.setsockopt(fd, Sys.SOL_SOCKET, Sys.SO_RCVBUFFORCE, new int[] {receiveBuffer}, 4) < 0) {
                Sys.check(c.setsockopt(fd, Sys.SOL_SOCKET, Sys.SO_RCVBUF, new int[] {receiveBuffer}, 4),
                        "setsockopt", "SO_RCVBUF " + ifname);
            }
            ByteBuffer sll = ByteBuffer.allocate(SOCKADDR_LL_LEN).order(ByteOrder.nativeOrder());
            sll.putShort((short) Sys.AF_PACKET);
            sll.order(ByteOrder.BIG_ENDIAN).putShort((short) etherType);
            sll.order(ByteOrder.nativeOrder()).putInt(ifindex);
            Sys.check(c.bind(fd, sll.array(), SOCKADDR_LL_LEN), "bind", "AF_PACKET " + ifname);
            return new PacketSocket(fd, ifname, ifindex);
        } catch (SysException e) {
            c.close(fd);
            throw e;
        }
    }

    /** SIOCGIFINDEX on the socket: resolved in the socket's own namespace. */
    private static int ifindex(int fd, String ifname) throws SysException {
        byte[] ifr = new byte[IFREQ_LEN];
        byte[] name = ifname.getBytes(StandardCharsets.US_ASCII);
        if (name.length > 15) {
            throw new IllegalArgumentException("interface name longer than 15 bytes: " + ifname);
        }
        System.arraycopy(name, 0, ifr, 0, name.length);
        Sys.check(Sys.libc().ioctl(fd, Sys.SIOCGIFINDEX, ifr), "ioctl", "SIOCGIFINDEX " + ifname);
        return ByteBuffer.wrap(ifr, 16, 4).order(ByteOrder.nativeOrder()).getInt();
    }

    public int ifindex() {
        return ifindex;
    }

    @Override
    String describe() {
        return "AF_PACKET " + name();
    }

    /**
     * Reads one frame into {@code buf}; returns its length and the kernel's sll_pkttype for it, or
     * null when nothing is queued.
     */
    @Override
    public Received receive(byte[] buf) throws SysException {
        addrLen[0] = SOCKADDR_LL_LEN;
        long n = Sys.libc().recvfrom(fd(), buf, buf.length, 0, addr, addrLen);
        if (n < 0) {
            int e = Sys.errno();
            // ENETDOWN is the interface going (or being) down, reported once as a pending socket error:
            // nothing was received, and a down interface receives nothing.
            if (e == Sys.EAGAIN || e == Sys.EINTR || e == Sys.ENETDOWN) {
                return null;
            }
            Sys.check(n, "recvfrom", describe());
        }
        return new Received((int) n, Byte.toUnsignedInt(addr[10]));
    }
}
