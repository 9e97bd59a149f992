package org.mvtd.backend.lab;

/** Wall-clock time of each phase of one lab run, in milliseconds. */
public record LabTimings(long buildMillis, long probeMillis, long teardownMillis) {
    public long totalMillis() {
        return buildMillis + probeMillis + teardownMillis;
    }
}
