package org.mvtd.backend.helper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Kernel;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.backend.monitor.LinkStateFeed;
import org.mvtd.backend.monitor.LinkWatch;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.ProtocolException;
import org.mvtd.backend.protocol.Reply;

/**
 * A session's link-state subscriptions, at most {@link #MAX_PER_SESSION}: all share one {@link LinkWatch} (one
 * kernel watch, one event and one dump worker), and the limit keeps a client that asks for hundreds (the
 * review's 600 once made 1,821 threads and 474 MB) from filling the root helper with their state and events.
 * Events are written from the watch's threads.
 */
final class Subscriptions {
    /** Enough for the app's live view and a CLI watch on one host at once. */
    static final int MAX_PER_SESSION = 4;
    private final LinkWatch watch;
    private final Replies out;
    private final Map<Long, LinkStateFeed> feeds = new LinkedHashMap<>();
    private long next = 1;

    Subscriptions(Kernel kernel, Replies out) {
        this.watch = new LinkWatch(kernel);
        this.out = Objects.requireNonNull(out, "out");
    }

    synchronized int size() {
        return feeds.size();
    }

    /** Replies with the subscription id and its links, then starts the feed; refuses past the limit. */
    void subscribe(long id, DesignId design, List<String> names) throws ProtocolException {
        long sub;
        synchronized (this) {
            if (feeds.size() >= MAX_PER_SESSION) {
                throw new ProtocolException(ErrorCode.LIMIT_REACHED, "command", "this session already has "
                        + feeds.size() + " subscriptions, the most one session may hold; unsubscribe one first");
            }
            sub = next++;
            feeds.put(sub, null);
        }
        // The reply goes out before the feed starts so the client knows the id before the first event.
        out.reply(id, new Reply.SubscribeReply(sub, names));
        try {
            LinkStateFeed f = watch.subscribe(names, design::owns, new FeedSink(sub));
            synchronized (this) {
                feeds.put(sub, f);
            }
        } catch (IOException e) {
            synchronized (this) {
                feeds.remove(sub);
            }
            out.failed(sub, "cannot watch links: " + e.getMessage());
        }
    }

    void unsubscribe(long id, long sub) throws ProtocolException {
        LinkStateFeed f;
        synchronized (this) {
            if (!feeds.containsKey(sub)) {
                throw ProtocolException.bad("subscription", "no subscription " + sub);
            }
            f = feeds.remove(sub);
        }
        if (f != null) {
            f.close();
        }
        out.reply(id, new Reply.UnsubscribeReply(sub));
    }

    void closeAll() {
        List<LinkStateFeed> all;
        synchronized (this) {
            all = feeds.values().stream().filter(Objects::nonNull).toList();
            feeds.clear();
        }
        all.forEach(LinkStateFeed::close);
    }

    /** Turns a feed's callbacks into events. */
    private final class FeedSink implements LinkStateFeed.Listener {
        private final long sub;

        FeedSink(long sub) {
            this.sub = sub;
        }

        @Override
        public void state(LinkState state, boolean initial) {
            out.state(sub, initial, state);
        }

        @Override
        public void synced() {
            out.synced(sub);
        }

        @Override
        public void failed(String reason) {
            out.failed(sub, reason);
        }
    }
}
