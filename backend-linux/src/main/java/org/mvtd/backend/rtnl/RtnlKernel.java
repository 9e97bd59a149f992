package org.mvtd.backend.rtnl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mvtd.backend.link.BatchResult;
import org.mvtd.backend.link.DevNumber;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.link.KernelException;
import org.mvtd.backend.link.LinkEventSink;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkOp;
import org.mvtd.backend.sys.Poller;
import org.mvtd.backend.sys.RtnlSocket;
import org.mvtd.backend.sys.Sys;
import org.mvtd.backend.sys.SysException;

/**
 * The real kernel, all in-process: one RTM_GETLINK dump for the link table, an RTMGRP_LINK socket for events,
 * and one NETLINK_ROUTE socket for every change. Changes are pipelined (many requests per datagram), each with
 * its own ack, which its sequence number maps back to the op. Existing links are addressed by the ifindex the
 * caller just read; a link this batch creates is addressed by the ifindex it asked for (or, without one, the
 * ifindex the kernel's echo of the create gave it) once the create's ack said it exists, so the requests after the
 * creates wait for their answers once, and never reach a link whose create failed. Tap devices come from sysfs.
 */
public final class RtnlKernel implements Kernel {
    private static final int RECEIVE_BUFFER = 8 << 20;
    private static final int DATAGRAM = 32 * 1024;
    private static final int ANSWER_TIMEOUT_MILLIS = 10_000;
    private static final int NLMSG_ERROR = 2;
    private static final int NLM_F_CAPPED = 0x100;
    private static final int NLM_F_ACK_TLVS = 0x200;
    private static final int NLMSGERR_ATTR_MSG = 1;
    private final String netns;
    private final Path sysClassNet;
    private RtnlSocket socket;
    private int seq = 1;

    /** The kernel of {@code netns} (a name under /run/netns; null: this process's namespace) and its sysfs. */
    public RtnlKernel(String netns, Path sysClassNet) {
        this.netns = netns;
        this.sysClassNet = java.util.Objects.requireNonNull(sysClassNet, "sysClassNet");
    }

    /** The namespace this process runs in. */
    public static RtnlKernel local() {
        return new RtnlKernel(null, Path.of("/sys/class/net"));
    }

    @Override
    public List<LinkInfo> links() throws KernelException {
        return RtnlDump.links(netns);
    }

    @Override
    public AutoCloseable watch(LinkEventSink onEvent) throws IOException {
        return RtnlMonitor.start(netns, onEvent);
    }

    @Override
    public Optional<DevNumber> tapDevice(String ifname) {
        Path dir = sysClassNet.resolve(ifname).resolve("macvtap");
        try (Stream<Path> s = Files.list(dir)) {
            Optional<Path> tap = s.filter(p -> p.getFileName().toString().startsWith("tap")).findFirst();
            if (tap.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(DevNumber.parse(Files.readString(tap.get().resolve("dev"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized BatchResult run(List<LinkOp> ops, boolean keepGoing) {
        if (ops.isEmpty()) {
            return BatchResult.success(0);
        }
        Pipeline p = new Pipeline(ops, keepGoing);
        try {
            p.run(socket());
        } catch (IOException e) {
            closeSocket(); // its answers may be half read: the next batch starts on a fresh socket
            p.failUnanswered("no answer from the kernel: " + e.getMessage());
        }
        return p.result();
    }

    private RtnlSocket socket() throws IOException {
        if (socket == null) {
            socket = RtnlSocket.open(netns, 0, RECEIVE_BUFFER);
            socket.preferExtendedAcks();
        }
        return socket;
    }

    private void closeSocket() {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    /** One batch in flight: requests sent, answers expected, reasons collected. */
    private final class Pipeline {
        private final List<LinkOp> ops;
        private final boolean keepGoing;
        private final String[] reason;
        private final boolean[] sent;
        private final Map<Integer, Integer> bySeq = new HashMap<>();
        private final Map<String, Integer> created = new HashMap<>();
        private final Set<String> creating = new HashSet<>();
        private final List<Integer> inDatagram = new java.util.ArrayList<>();
        private final ByteArrayOutputStream datagram = new ByteArrayOutputStream(DATAGRAM);
        private final byte[] buf = new byte[256 * 1024];
        private boolean failed;

        Pipeline(List<LinkOp> ops, boolean keepGoing) {
            this.ops = ops;
            this.keepGoing = keepGoing;
            this.reason = new String[ops.size()];
            this.sent = new boolean[ops.size()];
        }

        void run(RtnlSocket s) throws IOException {
            Poller poll = new Poller(List.of(s.fd()));
            for (int i = 0; i < ops.size() && (keepGoing || !failed); i++) {
                LinkOp op = ops.get(i);
                int target = op.ifindex();
                if (target == 0 && !(op instanceof LinkOp.Add)) {
                    if (!created.containsKey(op.name()) && creating.contains(op.name())) {
                        flush(s, poll); // its create's answer carries the ifindex this request addresses
                        if (failed && !keepGoing) {
                            break;
                        }
                    }
                    Integer made = created.get(op.name());
                    if (made == null) {
                        if (!keepGoing) {
                            flush(s, poll); // the ops before this one run and answer first: failures stay in order
                        }
                        fail(i, "not run: " + op.name() + " was not created by this batch, and links are only "
                                + "addressed by an ifindex just read");
                        continue;
                    }
                    target = made;
                }
                byte[] req = RtnlRequests.encode(op, target, seq);
                if (datagram.size() + req.length > DATAGRAM) {
                    send(s);
                    drain(s, poll, false);
                    if (failed && !keepGoing) {
                        break;
                    }
                }
                bySeq.put(seq++, i);
                inDatagram.add(i);
                sent[i] = true;
                datagram.writeBytes(req);
                if (op instanceof LinkOp.Add) {
                    creating.add(op.name());
                }
            }
            if (failed && !keepGoing) {
                // stop at the first failure: what is not yet sent stays unsent (and unanswered)
                inDatagram.forEach(i -> sent[i] = false);
                bySeq.values().removeAll(inDatagram);
                datagram.reset();
                inDatagram.clear();
            }
            flush(s, poll);
        }

        private void flush(RtnlSocket s, Poller poll) throws IOException {
            send(s);
            drain(s, poll, true);
            for (String name : creating) {
                if (!created.containsKey(name) && createdOk(name)) {
                    // acked without an echo (a kernel before 6.1): read the ifindex from a fresh dump
                    resolveFromDump();
                    break;
                }
            }
        }

        private boolean createdOk(String name) {
            for (int i = 0; i < ops.size(); i++) {
                if (ops.get(i) instanceof LinkOp.Add a && a.name().equals(name) && sent[i] && reason[i] == null
                        && !bySeq.containsValue(i)) {
                    return true;
                }
            }
            return false;
        }

        private void resolveFromDump() throws IOException {
            try {
                for (LinkInfo l : RtnlDump.links(netns)) {
                    if (creating.contains(l.name()) && l.macvlanFamily()) {
                        created.putIfAbsent(l.name(), l.ifindex());
                    }
                }
            } catch (KernelException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        private void send(RtnlSocket s) throws SysException {
            if (datagram.size() > 0) {
                s.send(datagram.toByteArray());
                datagram.reset();
                inDatagram.clear();
            }
        }

        /** Reads answers: all that are queued, or (with {@code all}) until every request sent has its ack. */
        private void drain(RtnlSocket s, Poller poll, boolean all) throws IOException {
            long deadline = System.nanoTime() + ANSWER_TIMEOUT_MILLIS * 1_000_000L;
            while (!bySeq.isEmpty()) {
                int n = s.receive(buf);
                if (n < 0) {
                    if (!all) {
                        return;
                    }
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0) {
                        throw new IOException(bySeq.size() + " requests unanswered after " + ANSWER_TIMEOUT_MILLIS + " ms");
                    }
                    poll.await((int) Math.min(left, 1000));
                    continue;
                }
                deadline = System.nanoTime() + ANSWER_TIMEOUT_MILLIS * 1_000_000L;
                answers(n);
            }
        }

        private void answers(int n) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buf, 0, n).order(java.nio.ByteOrder.nativeOrder());
            for (RtnlLink l : RtnlParser.parse(buf, n).links()) {
                if (creating.contains(l.name()) && !l.deleted()) {
                    created.put(l.name(), l.ifindex()); // the echo of our create
                }
            }
            for (int off = 0; off + 16 <= n; off += RtnlParser.align(b.getInt(off))) {
                if (Short.toUnsignedInt(b.getShort(off + 4)) != NLMSG_ERROR || b.getInt(off) < 20) {
                    continue;
                }
                Integer i = bySeq.remove(b.getInt(off + 8));
                int err = -b.getInt(off + 16);
                if (i != null && err == 0 && ops.get(i) instanceof LinkOp.Add a && a.requested() > 0) {
                    created.put(a.name(), a.requested()); // acked: the link has the ifindex it asked for
                }
                if (i != null && err != 0) {
                    fail(i, "RTNETLINK answers: " + Sys.libc().strerror(err) + extendedMessage(b, off).map(m -> " (" + m + ")").orElse(""));
                }
            }
        }

        /** NLMSGERR_ATTR_MSG of an error answer, when the kernel gave one. */
        private Optional<String> extendedMessage(java.nio.ByteBuffer b, int off) {
            int len = b.getInt(off);
            int flags = Short.toUnsignedInt(b.getShort(off + 6));
            if ((flags & NLM_F_ACK_TLVS) == 0) {
                return Optional.empty();
            }
            int inner = (flags & NLM_F_CAPPED) != 0 ? 16 : b.getInt(off + 20);
            int a = off + 20 + RtnlParser.align(inner);
            while (a + 4 <= off + len) {
                int aLen = Short.toUnsignedInt(b.getShort(a));
                int aType = Short.toUnsignedInt(b.getShort(a + 2)) & 0x3fff;
                if (aLen < 4 || a + aLen > off + len) {
                    break;
                }
                if (aType == NLMSGERR_ATTR_MSG) {
                    byte[] s = new byte[aLen - 4];
                    b.get(a + 4, s);
                    String text = new String(s, java.nio.charset.StandardCharsets.UTF_8).replace("\0", "").strip();
                    return text.isEmpty() ? Optional.empty() : Optional.of(text);
                }
                a += RtnlParser.align(aLen);
            }
            return Optional.empty();
        }

        private void fail(int i, String why) {
            if (reason[i] == null) {
                reason[i] = why;
            }
            failed = true;
        }

        void failUnanswered(String why) {
            bySeq.values().forEach(i -> fail(i, why));
            bySeq.clear();
        }

        BatchResult result() {
            List<BatchResult.Failure> out = new java.util.ArrayList<>();
            for (int i = 0; i < reason.length; i++) {
                if (reason[i] != null) {
                    out.add(new BatchResult.Failure(i, reason[i]));
                }
            }
            if (out.isEmpty() && !Arrays.equals(sent, trues(sent.length))) {
                out.add(new BatchResult.Failure(-1, "the batch stopped before every request was sent"));
            }
            return new BatchResult(ops.size(), out);
        }

        private boolean[] trues(int n) {
            boolean[] t = new boolean[n];
            Arrays.fill(t, true);
            return t;
        }
    }
}
