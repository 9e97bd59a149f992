package org.mvtd.backend.rtnl;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.LinkEventSink;
import org.mvtd.backend.sys.Poller;
import org.mvtd.backend.sys.RtnlSocket;
import org.mvtd.backend.sys.Sys;
import org.mvtd.backend.sys.SysException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Link events straight from the kernel: a NETLINK_ROUTE socket joined to RTMGRP_LINK with an 8 MiB buffer
 * (the default holds about 92 link messages; bursts overflow it). One thread reads every datagram queued,
 * hands each link message on as a {@link LinkEvent}, then tells the sink the burst is over, so a lone event
 * is pushed at once and a burst is coalesced. The thread runs at nice -10 when allowed (root) so that events
 * get through a loaded machine promptly. ENOBUFS (messages were lost) and an unreadable message become a
 * resync request.
 */
public final class RtnlMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RtnlMonitor.class);
    /** The receive buffer: 8 MiB lost nothing in bursts of 30-50k events/s (backend-notes.md). */
    public static final int RECEIVE_BUFFER = 8 << 20;
    private static final int POLL_MILLIS = 200;
    /**
     * The reading thread's nice value: on a loaded machine a woken thread at nice 0 can wait tens of ms for a
     * CPU, and the thread only parses, coalesces and writes small lines.
     */
    static final int NICE = -10;
    private final RtnlSocket socket;
    private final LinkEventSink sink;
    private final Thread thread;
    private volatile boolean closed;

    private RtnlMonitor(RtnlSocket socket, LinkEventSink sink) {
        this.socket = socket;
        this.sink = sink;
        this.thread = new Thread(this::loop, "rtnl-monitor");
        this.thread.setDaemon(true);
    }

    /** Starts watching the links of {@code netns} (null: the caller's namespace). */
    public static RtnlMonitor start(String netns, LinkEventSink sink) throws IOException {
        return start(netns, RECEIVE_BUFFER, sink);
    }

    /** With another receive buffer: tests make it small to see what an overflow does. */
    static RtnlMonitor start(String netns, int receiveBuffer, LinkEventSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        RtnlMonitor m = new RtnlMonitor(RtnlSocket.open(netns, RtnlSocket.RTMGRP_LINK, receiveBuffer), sink);
        m.thread.start();
        return m;
    }

    private void loop() {
        byte[] buf = new byte[256 * 1024];
        Poller poll = new Poller(List.of(socket.fd()));
        if (!Sys.niceThisThread(NICE)) {
            LOG.debug("link events are read at normal priority: nice {} refused (errno {})", NICE, Sys.errno());
        }
        sink.burstEnd(); // nothing is queued yet: tells the sink from the start that bursts are reported
        try {
            while (!closed) {
                poll.await(POLL_MILLIS);
                boolean any = false;
                while (!closed) {
                    int n;
                    try {
                        n = socket.receive(buf);
                    } catch (SysException e) {
                        if (e.errno() != Sys.ENOBUFS) {
                            throw e;
                        }
                        LOG.debug("link events were lost ({}); resynchronising", e.getMessage());
                        sink.accept(LinkEvent.RESYNC);
                        any = true;
                        continue;
                    }
                    if (n < 0) {
                        break;
                    }
                    any = true;
                    deliver(buf, n);
                }
                if (any && !closed) {
                    sink.burstEnd();
                }
            }
        } catch (IOException e) {
            if (!closed) {
                LOG.error("link monitor failed: {}", e.getMessage());
                sink.accept(LinkEvent.RESYNC);
                sink.burstEnd();
            }
        } finally {
            socket.close();
        }
    }

    private void deliver(byte[] buf, int n) {
        RtnlParser.Batch b;
        try {
            b = RtnlParser.parse(buf, n);
        } catch (IllegalArgumentException e) {
            LOG.warn("unreadable link event ({}); resynchronising", e.getMessage());
            sink.accept(LinkEvent.RESYNC);
            return;
        }
        for (RtnlLink l : b.links()) {
            sink.accept(toEvent(l));
        }
    }

    /** The event a link message tells: a change with the state it carries, or a deletion. */
    static LinkEvent toEvent(RtnlLink l) {
        return l.deleted() ? LinkEvent.deleted(l.name()) : LinkEvent.changed(l.toLinkInfo(null));
    }

    @Override
    public void close() {
        closed = true;
        if (Thread.currentThread() != thread) {
            try {
                thread.join(2 * POLL_MILLIS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
