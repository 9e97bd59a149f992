package org.mvtd.backend.rtnl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mvtd.backend.link.KernelException;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.sys.Poller;
import org.mvtd.backend.sys.RtnlSocket;
import org.mvtd.backend.sys.Sys;

/**
 * Every link of a namespace from one RTM_GETLINK dump, read in-process: the same facts as
 * {@code ip -N -s -d -json link show} (name, kind, macvlan mode, lower, MAC, operstate, flags, MTU, group,
 * alias, counters) without starting a process or printing and re-reading JSON.
 */
public final class RtnlDump {
    private static final int RTM_GETLINK = 18;
    private static final int NLM_F_REQUEST = 0x1;
    private static final int NLM_F_DUMP = 0x300;
    private static final int BUFFER = 256 * 1024;
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int ATTEMPTS = 5;

    private RtnlDump() {
    }

    /** The links of {@code netns} (null: the caller's namespace). */
    public static List<LinkInfo> links(String netns) throws KernelException {
        try (RtnlSocket s = RtnlSocket.open(netns, 0, BUFFER)) {
            for (int attempt = 1; ; attempt++) {
                List<RtnlLink> raw = new ArrayList<>();
                if (dump(s, attempt, raw) || attempt == ATTEMPTS) {
                    return resolve(raw);
                }
                // NLM_F_DUMP_INTR: links changed during the dump, which may be inconsistent: dump again
            }
        } catch (IOException e) {
            throw new KernelException("cannot read links over rtnetlink: " + e.getMessage(), e);
        }
    }

    /** The request: nlmsghdr + ifinfomsg (AF_UNSPEC), dump. */
    static byte[] request(int seq) {
        ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.nativeOrder());
        b.putInt(32).putShort((short) RTM_GETLINK).putShort((short) (NLM_F_REQUEST | NLM_F_DUMP)).putInt(seq).putInt(0);
        return b.array(); // ifinfomsg: all zero
    }

    /** Runs one dump into {@code out}; false when the kernel flagged it interrupted. */
    private static boolean dump(RtnlSocket s, int seq, List<RtnlLink> out) throws IOException, KernelException {
        s.send(request(seq));
        byte[] buf = new byte[BUFFER];
        Poller poll = new Poller(List.of(s.fd()));
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
        while (true) {
            int n = s.receive(buf);
            if (n < 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new KernelException("the kernel's link dump did not finish within " + TIMEOUT_MILLIS + " ms");
                }
                poll.await((int) Math.min(left, 1000));
                continue;
            }
            RtnlParser.Batch b = RtnlParser.parse(buf, n);
            if (b.error() != 0) {
                throw new KernelException("link dump refused: " + Sys.libc().strerror(b.error()) + " (errno " + b.error() + ")");
            }
            out.addAll(b.links());
            interrupted |= b.interrupted();
            if (b.done()) {
                return !interrupted;
            }
        }
    }

    private static List<LinkInfo> resolve(List<RtnlLink> raw) {
        Map<Integer, RtnlLink> table = new HashMap<>();
        raw.forEach(l -> table.put(l.ifindex(), l));
        List<LinkInfo> out = new ArrayList<>(raw.size());
        raw.forEach(l -> out.add(l.toLinkInfo(table)));
        return out;
    }
}
