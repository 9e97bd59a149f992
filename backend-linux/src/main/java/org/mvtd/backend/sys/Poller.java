package org.mvtd.backend.sys;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;
import java.util.List;

/** poll(2) over a fixed list of file descriptors (whatever namespace each belongs to). */
public final class Poller {
    private static final int POLLFD_LEN = 8;
    private final byte[] fds;
    private final int count;

    public Poller(List<Integer> fileDescriptors) {
        count = fileDescriptors.size();
        fds = new byte[Math.max(1, count) * POLLFD_LEN];
        ByteBuffer b = ByteBuffer.wrap(fds).order(ByteOrder.nativeOrder());
        for (int i = 0; i < count; i++) {
            b.putInt(i * POLLFD_LEN, fileDescriptors.get(i));
            b.putShort(i * POLLFD_LEN + 4, Sys.POLLIN);
        }
    }

    /** Waits up to {@code timeoutMillis} and returns the indices (into the constructor's list) that are readable. */
    public BitSet await(int timeoutMillis) throws SysException {
        ByteBuffer b = ByteBuffer.wrap(fds).order(ByteOrder.nativeOrder());
        for (int i = 0; i < count; i++) {
            b.putShort(i * POLLFD_LEN + 6, (short) 0);
        }
        BitSet ready = new BitSet(count);
        if (count == 0) {
            return ready;
        }
        int n = Sys.libc().poll(fds, count, timeoutMillis);
        if (n < 0) {
            if (Sys.errno() == Sys.EINTR) {
                return ready;
            }
            Sys.check(n, "poll", count + " descriptors");
        }
        for (int i = 0; i < count && n > 0; i++) {
            if (b.getShort(i * POLLFD_LEN + 6) != 0) {
                ready.set(i);
            }
        }
        return ready;
    }
}
