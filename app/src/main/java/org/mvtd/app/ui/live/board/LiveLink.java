package org.mvtd.app.ui.live.board;

import java.util.Objects;
import org.mvtd.backend.monitor.LinkState;

/**
 * One watched link as the overlay shows it: the last state, its mark, how often it flapped, whether it
 * vanished while watched (deleted outside the app), and its rates.
 *
 * @param state      the last reported state, or null before the first report
 * @param flaps      how many times the mark changed between up and not up after the link was first up (bringing a
 *                   new link up is not a flap)
 * @param lastFlap   {@code System.nanoTime()} of the last flap, or 0
 * @param vanished   it was present and disappeared without this app deleting it
 * @param changedAt  {@code System.nanoTime()} when this state was received from the helper
 */
public record LiveLink(String name, LinkState state, LiveMark mark, int flaps, long lastFlap, boolean vanished,
                       RateHistory rates, long changedAt, boolean seenUp) {
    public LiveLink {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(rates, "rates");
    }

    public static LiveLink unknown(String name) {
        return new LiveLink(name, null, LiveMark.UNKNOWN, 0, 0, false, RateHistory.EMPTY, 0, false);
    }

    /** This link after {@code s} arrived at {@code nanos}; {@code expectGone} says the app itself deleted it. */
    public LiveLink next(LinkState s, long nanos, boolean expectGone) {
        LiveMark m = LiveMark.of(s);
        boolean flap = seenUp && (mark == LiveMark.UP) != (m == LiveMark.UP) && m != LiveMark.MISSING && mark != LiveMark.MISSING;
        boolean gone = state != null && state.present() && !s.present() && !expectGone;
        boolean stillGone = vanished && !s.present();
        RateHistory r = s.present() ? rates.sample(nanos, s.stats().rxBytes(), s.stats().txBytes()) : RateHistory.EMPTY;
        return new LiveLink(name, s, m, flaps + (flap ? 1 : 0), flap ? nanos : lastFlap, gone || stillGone, r, nanos,
                (seenUp || m == LiveMark.UP) && s.present());
    }

    /** True for a short while after a flap: the skin flashes. */
    public boolean flashing(long now, long windowNanos) {
        return lastFlap != 0 && now - lastFlap < windowNanos;
    }

    /** One line for the tooltip: "up, carrier · operstate up · mtu 1500". */
    public String summary() {
        if (state == null) {
            return mark.label();
        }
        if (!state.present()) {
            return vanished ? "missing: deleted outside macvtap-designer" : "missing: not on this machine";
        }
        return mark.label() + " \u00b7 operstate " + state.operstate() + " \u00b7 mtu " + state.mtu()
                + (state.mac() == null ? "" : " \u00b7 " + state.mac()) + (state.ours() ? "" : " \u00b7 not made by this design");
    }
}
