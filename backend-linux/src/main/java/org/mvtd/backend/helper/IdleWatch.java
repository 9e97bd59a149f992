package org.mvtd.backend.helper;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a helper session that has had no request and no subscription for too long: a root process left open by
 * a client that went quiet (a hung app, a forgotten terminal) holds sockets and threads for nothing. One daemon
 * thread per session, checking a few times per limit.
 */
final class IdleWatch {
    private static final Logger LOG = LoggerFactory.getLogger(IdleWatch.class);
    /** The installed helper's limit: a person confirming a plan takes minutes, not an hour. */
    static final Duration DEFAULT_LIMIT = Duration.ofMinutes(30);

    private IdleWatch() {
    }

    /** Watches {@code session}; runs {@code onIdle} once when it has been idle for {@code limit}. */
    static Thread start(HelperSession session, Duration limit, Runnable onIdle) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(onIdle, "onIdle");
        long limitNanos = limit.toNanos();
        long step = Math.max(1, Math.min(TimeUnit.SECONDS.toMillis(30), limit.toMillis() / 4));
        Thread t = new Thread(() -> {
            try {
                while (session.idleNanos(System.nanoTime()) < limitNanos) {
                    Thread.sleep(step);
                }
                LOG.info("no request and no subscription for {} s: ending the session", limit.toSeconds());
                onIdle.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "helper-idle-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
