package org.mvtd.backend.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The local system log: one UNIX datagram per message to {@code /dev/log} (systemd-journald or rsyslog), in the
 * form syslog(3) sends, {@code <PRI>TAG[PID]: MESSAGE}. No logger process, no library.
 */
public final class SyslogSocket implements AutoCloseable {
    /** LOG_DAEMON. */
    public static final int FACILITY_DAEMON = 3;
    public static final int NOTICE = 5;
    public static final int WARNING = 4;
    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SUN_PATH = 108;
    private final int fd;
    private final byte[] address;
    private final String tag;

    private SyslogSocket(int fd, byte[] address, String tag) {
        this.fd = fd;
        this.address = address;
        this.tag = tag;
    }

    /** A socket for datagrams to {@code path} (usually /dev/log), each tagged {@code tag[pid]}. */
    public static SyslogSocket open(String path, String tag) throws SysException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tag, "tag");
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        if (p.length >= SUN_PATH) {
            throw new IllegalArgumentException("socket path longer than " + (SUN_PATH - 1) + " bytes: " + path);
        }
        ByteBuffer a = ByteBuffer.allocate(2 + SUN_PATH).order(ByteOrder.nativeOrder());
        a.putShort((short) AF_UNIX).put(p);
        int fd = (int) Sys.check(Sys.libc().socket(AF_UNIX, SOCK_DGRAM | Sys.SOCK_CLOEXEC, 0), "socket", "AF_UNIX");
        return new SyslogSocket(fd, a.array(), tag + "[" + ProcessHandle.current().pid() + "]");
    }

    /** Sends one message at {@code severity}; throws when the log refused it (no daemon listening, full). */
    public void send(int severity, String message) throws SysException {
        byte[] m = ("<" + (FACILITY_DAEMON * 8 + severity) + ">" + tag + ": " + message).getBytes(StandardCharsets.UTF_8);
        Sys.check(Sys.libc().sendto(fd, m, m.length, 0, address, address.length), "sendto", "/dev/log");
    }

    @Override
    public void close() {
        Sys.libc().close(fd);
    }
}
