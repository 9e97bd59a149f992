package org.mvtd.backend.link;

import java.util.Objects;

/**
 * One link event from the kernel, as far as the event itself tells it.
 *
 * @param name    the link's name, or null when the event could not be read (then {@code resync})
 * @param info    the state the event carries (flags, operstate, MTU, MAC; rtnetlink also gives the alias, which
 *                the feed judges ownership by, and counters, which it takes from dumps), or null
 *                when the link was deleted
 * @param resync  events may have been lost (ENOBUFS, a failed monitor, an unreadable message): re-read all
 */
public record LinkEvent(String name, LinkInfo info, boolean resync) {
    public static final LinkEvent RESYNC = new LinkEvent(null, null, true);

    public static LinkEvent changed(LinkInfo info) {
        return new LinkEvent(Objects.requireNonNull(info, "info").name(), info, false);
    }

    public static LinkEvent deleted(String name) {
        return new LinkEvent(Objects.requireNonNull(name, "name"), null, false);
    }
}
