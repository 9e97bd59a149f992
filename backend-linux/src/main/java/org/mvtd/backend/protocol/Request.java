package org.mvtd.backend.protocol;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Design;

/**
 * A request as the helper acts on it (PROTOCOL.md): one record per command, built only by {@link RequestCodec},
 * which checked every field, so the helper never reads JSON itself.
 */
public sealed interface Request {
    /** The client's number for the request; its reply carries it back. */
    long id();

    /** The command's name on the wire. */
    default String command() {
        return COMMANDS.get(getClass());
    }

    /** Each record's command name, in one table rather than an override per record. */
    Map<Class<? extends Request>, String> COMMANDS = Map.of(Hello.class, "hello", PlanLinks.class, "plan",
            Apply.class, "apply", Teardown.class, "teardown", ListLinks.class, "list", Subscribe.class, "subscribe",
            Unsubscribe.class, "unsubscribe", Bye.class, "bye");

    /** The first request of a session. {@code uid}: the desktop user root names when it starts the helper itself. */
    record Hello(long id, long version, String client, Optional<Integer> uid) implements Request {
        public Hello {
            Objects.requireNonNull(uid, "uid");
        }
    }

    /** Requests about one host of a design: plan, apply, teardown and subscribe. */
    sealed interface Targeted extends Request {
        Design design();

        String host();
    }

    record PlanLinks(long id, Design design, String host) implements Targeted {
    }

    /** {@code expect}: the digest of the plan the user confirmed; the helper refuses when its plan differs. */
    record Apply(long id, Design design, String host, Optional<String> expect) implements Targeted {
        public Apply {
            Objects.requireNonNull(expect, "expect");
        }
    }

    record Teardown(long id, Design design, String host) implements Targeted {
    }

    record ListLinks(long id) implements Request {
    }

    record Subscribe(long id, Design design, String host) implements Targeted {
    }

    record Unsubscribe(long id, long subscription) implements Request {
    }

    record Bye(long id) implements Request {
    }
}
