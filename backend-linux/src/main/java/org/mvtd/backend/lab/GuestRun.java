package org.mvtd.backend.lab;

import java.util.List;
import java.util.Objects;

/**
 * What a real-guest run measured: per ordered pair of measured nodes the engine's {@code ping} and what
 * IPv4 and IPv6 pings did, plus the nodes it could not measure and why.
 */
public record GuestRun(List<PairResult> pairs, List<String> unmeasured, Timings timings) {
    public GuestRun {
        pairs = List.copyOf(pairs);
        unmeasured = List.copyOf(unmeasured);
        Objects.requireNonNull(timings, "timings");
    }

    /**
     * One ordered pair: predicted/predicted6 are the engine's ping and ping6; ping4/ping6 what real pings did with
     * cold neighbour tables.
     */
    public record PairResult(String from, String to, boolean predicted, boolean predicted6, boolean ping4, boolean ping6) {
        public PairResult {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean agrees() {
            return predicted == ping4 && predicted6 == ping6;
        }

        public String describe() {
            return from + " -> " + to + ": engine " + (predicted ? "ping" : "no ping") + (predicted6 ? ", ping6" : ", no ping6")
                    + "; IPv4 " + (ping4 ? "ok" : "failed") + ", IPv6 " + (ping6 ? "ok" : "failed");
        }
    }

    /** Milliseconds: building namespaces and applying, booting guests, pinging, tearing down. */
    public record Timings(long buildMillis, long bootMillis, long pingMillis, long teardownMillis) {
    }

    public List<PairResult> disagreements() {
        return pairs.stream().filter(p -> !p.agrees()).toList();
    }

    public long ping4Agreeing() {
        return pairs.stream().filter(p -> p.predicted() == p.ping4()).count();
    }

    public long ping6Agreeing() {
        return pairs.stream().filter(p -> p.predicted6() == p.ping6()).count();
    }

    public GuestRun withTimings(Timings t) {
        return new GuestRun(pairs, unmeasured, t);
    }
}
