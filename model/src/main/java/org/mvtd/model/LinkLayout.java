package org.mvtd.model;

import java.util.List;
import java.util.Objects;

/**
 * How one link is drawn: its bend points and label. Layout only; the link itself is the reference the
 * {@code from} element holds (a station's or device's switch, an endpoint's lower device, a guest NIC's endpoint).
 *
 * @param from  the element path of the end that holds the reference ({@code hosts[kvm1].devices[eth0]})
 * @param to    the element path of the end it names ({@code switches[tor1]})
 * @param via   bend points from {@code from} to {@code to}, in design units; may be empty
 * @param label text drawn at the link's middle, or null
 */
public record LinkLayout(String from, String to, List<Position> via, String label) {
    public LinkLayout {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        via = List.copyOf(via);
        label = label == null || label.isEmpty() ? null : label;
    }

    /** Whether this says nothing beyond the default drawing (then it need not be kept). */
    public boolean isPlain() {
        return via.isEmpty() && label == null;
    }

    public boolean isBetween(String f, String t) {
        return from.equals(f) && to.equals(t);
    }

    public LinkLayout withVia(List<Position> v) { return new LinkLayout(from, to, v, label); }
    public LinkLayout withLabel(String l) { return new LinkLayout(from, to, via, l); }
    public LinkLayout between(String f, String t) { return new LinkLayout(f, t, via, label); }
}
