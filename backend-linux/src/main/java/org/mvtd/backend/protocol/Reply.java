package org.mvtd.backend.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.backend.link.Plan;

/** The result of a request that succeeded, one record per command (PROTOCOL.md), written and read by {@link ReplyCodec}. */
public sealed interface Reply {
    record HelloReply(int version, String helper, int uid, List<String> recovered) implements Reply {
        public HelloReply {
            recovered = List.copyOf(recovered);
        }
    }

    /** A plan and the helper's digest of it (pass it to apply as {@code expect}). */
    record PlanReply(Plan plan, String digest) implements Reply {
        public PlanReply {
            Objects.requireNonNull(plan, "plan");
        }
    }

    /** The plan an apply carried out and the guests' /dev nodes by endpoint. */
    record ApplyReply(Plan plan, Map<String, String> nodes) implements Reply {
        public ApplyReply {
            Objects.requireNonNull(plan, "plan");
            nodes = Map.copyOf(nodes);
        }
    }

    record TeardownReply(String designId, List<String> deleted, List<Long> groups) implements Reply {
        public TeardownReply {
            deleted = List.copyOf(deleted);
            groups = List.copyOf(groups);
        }
    }

    record ListReply(List<Wire.ListedLink> links) implements Reply {
        public ListReply {
            links = List.copyOf(links);
        }
    }

    /** The new subscription's id and the links it watches: the host's devices, then its endpoints. */
    record SubscribeReply(long subscription, List<String> links) implements Reply {
        public SubscribeReply {
            links = List.copyOf(links);
        }
    }

    record UnsubscribeReply(long subscription) implements Reply {
    }

    record ByeReply() implements Reply {
    }
}
