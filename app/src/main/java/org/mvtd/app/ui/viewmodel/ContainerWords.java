package org.mvtd.app.ui.viewmodel;

import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;

/**
 * The words for a host and its own container: the most asked macvlan question ("why can't my host reach my
 * container?") gets its answer in the why card, in the terms the user drew, not the interfaces under them.
 */
public final class ContainerWords {
    private ContainerWords() {
    }

    /** The container {@code r} is or carries (a container guest, or the endpoint its NIC sits on). */
    public static Optional<Guest> containerOf(Design d, ElementRef r) {
        if (r.kind() == ElementKind.GUEST) {
            return d.guest(r.name()).filter(Guest::isContainer);
        }
        if (r.kind() == ElementKind.ENDPOINT) {
            return d.guestOn(r.host(), r.name()).filter(Guest::isContainer);
        }
        return Optional.empty();
    }

    /**
     * A line saying that the host cannot reach its container (or the container its host) and why, when {@code a}
     * and {@code b} are a host's own stack and one of its containers that cannot ping; empty otherwise.
     */
    public static String hostAndContainer(Design d, ElementRef a, ElementRef b, ReachMark mark) {
        if (mark == ReachMark.PING || mark == ReachMark.DOWN || mark == ReachMark.INVALID) {
            return "";
        }
        Optional<Guest> c = containerOf(d, b).filter(g -> stackUnder(d, a, g))
                .or(() -> containerOf(d, a).filter(g -> stackUnder(d, b, g)));
        return c.map(g -> g.host() + " cannot reach its container " + g.name() + ": a macvlan endpoint never exchanges"
                + " frames with the host stack on its own lower device. A host shim (a macvlan for the host, in bridge"
                + " mode on the same device) is the usual fix.").orElse("");
    }

    /** Is {@code r} its host's stack on the very device {@code g}'s first NIC sits on? */
    private static boolean stackUnder(Design d, ElementRef r, Guest g) {
        if (r.kind() != ElementKind.HOST && r.kind() != ElementKind.DEVICE || g.nics().isEmpty()) {
            return false;
        }
        String node = ReachViewModel.nodeFor(d, r);
        ElementRef stack = node == null ? null : ReachViewModel.refForNode(d, node);
        return stack != null && stack.kind() == ElementKind.DEVICE && stack.host().equals(g.host())
                && d.host(g.host()).flatMap(h -> h.endpoint(g.nics().get(0).endpoint()))
                        .map(e -> e.lower().equals(stack.name())).orElse(false);
    }
}
