package org.mvtd.backend.helper;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the helper works for: the desktop user whose design it applies and who owns the guests' tap nodes.
 * The planner and teardown get it from the session ({@link HelperSession#caller()}).
 *
 * @param uid    the user's uid (0 when root itself is the caller)
 * @param source how the helper learnt it
 */
public record Caller(int uid, Source source) {
    /** How the uid was learnt, most trusted first. */
    public enum Source {
        /** PKEXEC_UID, confirmed by the parent process (pkexec execs in place: the parent is the asking program). */
        PKEXEC,
        /** SUDO_UID, confirmed by the parent process being sudo. */
        SUDO,
        /** The real uid of a non-root parent (pkexec with its environment cleared by a launcher). */
        PARENT,
        /** Root started the helper directly and hello named this (existing) account. */
        HELLO,
        /** Root started the helper directly and named nobody: root is the caller. */
        ROOT
    }

    public Caller {
        Objects.requireNonNull(source, "source");
        if (uid < 0) {
            throw new IllegalArgumentException("uid " + uid + " is negative");
        }
    }

    /** The process that started the helper, as /proc shows it. */
    public record Parent(int realUid, String comm) {
        public Parent {
            Objects.requireNonNull(comm, "comm");
        }
    }

    /**
     * Who started us, decided at start-up. An environment variable is only believed when the parent process
     * agrees with it: pkexec's parent is the user's own program (real uid = PKEXEC_UID), sudo's is sudo. Root
     * running {@code PKEXEC_UID=1000 helper} by hand, or a test JVM that inherited SUDO_UID, gets no caller
     * from the environment. Empty when root started the helper directly: hello may then name the user.
     */
    public static Optional<Caller> atStart(Map<String, String> env, Optional<Parent> parent) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        Parent p = parent.get();
        Optional<Integer> pkexec = uid(env.get("PKEXEC_UID"));
        if (pkexec.isPresent() && (p.realUid() == pkexec.get() || p.comm().equals("pkexec"))) {
            return Optional.of(new Caller(pkexec.get(), Source.PKEXEC));
        }
        Optional<Integer> sudo = uid(env.get("SUDO_UID"));
        if (sudo.isPresent() && p.comm().equals("sudo")) {
            return Optional.of(new Caller(sudo.get(), Source.SUDO));
        }
        if (p.realUid() != 0) {
            return Optional.of(new Caller(p.realUid(), Source.PARENT));
        }
        return Optional.empty();
    }

    private static Optional<Integer> uid(String v) {
        if (v == null || !v.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long n = Long.parseLong(v);
        return n <= Integer.MAX_VALUE ? Optional.of((int) n) : Optional.empty();
    }
}
