package org.mvtd.app.ui.live.board;

import java.util.Arrays;
import java.util.Locale;

/**
 * The last {@link #CAPACITY} receive and transmit rates of a link in bytes per second, computed from the
 * kernel's counters between two samples. Immutable: each sample makes a new history.
 */
public final class RateHistory {
    public static final int CAPACITY = 60;
    public static final RateHistory EMPTY = new RateHistory(new double[0], new double[0], -1, 0, 0);

    private final double[] rx;
    private final double[] tx;
    private final long lastNanos;
    private final long lastRx;
    private final long lastTx;

    private RateHistory(double[] rx, double[] tx, long lastNanos, long lastRx, long lastTx) {
        this.rx = rx;
        this.tx = tx;
        this.lastNanos = lastNanos;
        this.lastRx = lastRx;
        this.lastTx = lastTx;
    }

    /**
     * Adds the counters read at {@code nanos}. The first sample only sets the baseline; a counter that went
     * backwards (the link was re-created) restarts the baseline rather than showing a negative rate.
     */
    public RateHistory sample(long nanos, long rxBytes, long txBytes) {
        if (lastNanos < 0 || rxBytes < lastRx || txBytes < lastTx) {
            return new RateHistory(rx, tx, nanos, rxBytes, txBytes);
        }
        double secs = (nanos - lastNanos) / 1e9;
        if (secs <= 0.05) {
            return new RateHistory(rx, tx, lastNanos, lastRx, lastTx); // too close to tell a rate: keep the baseline
        }
        return new RateHistory(append(rx, (rxBytes - lastRx) / secs), append(tx, (txBytes - lastTx) / secs), nanos, rxBytes, txBytes);
    }

    private static double[] append(double[] a, double v) {
        double[] out = a.length < CAPACITY ? Arrays.copyOf(a, a.length + 1) : Arrays.copyOfRange(a, 1, CAPACITY + 1);
        out[out.length - 1] = v;
        return out;
    }

    public double[] rx() {
        return rx.clone();
    }

    public double[] tx() {
        return tx.clone();
    }

    public int size() {
        return rx.length;
    }

    public double lastRx() {
        return rx.length == 0 ? 0 : rx[rx.length - 1];
    }

    public double lastTx() {
        return tx.length == 0 ? 0 : tx[tx.length - 1];
    }

    /** "1.2 MB/s" */
    public static String format(double bytesPerSecond) {
        String[] units = {"B/s", "kB/s", "MB/s", "GB/s"};
        double v = bytesPerSecond;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (u == 0 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
    }
}
