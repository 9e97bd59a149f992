package org.mvtd.model.validate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;

/**
 * The kernel's passthru rule, written once: a passthru endpoint owns its lower device alone (a second
 * macvlan beside it, or a second passthru, gets EINVAL). The validator judges a whole design with
 * {@link #owner}; the editor judges one endpoint about to be placed or changed with {@link #conflict}.
 */
public final class PassthruRule {
    private PassthruRule() {
    }

    /** The passthru endpoint that owns {@code device} of {@code h}: the first in the host's list, if any. */
    public static Optional<Endpoint> owner(Host h, String device) {
        Objects.requireNonNull(h, "h");
        return firstPassthru(h.endpointsOn(device));
    }

    /**
     * The endpoint already on {@code device} of {@code h} that forbids {@code e} (new, moved or changed)
     * there: a passthru endpoint beside it, or, when {@code e} is passthru, any other endpoint.
     */
    public static Optional<Endpoint> conflict(Host h, String device, Endpoint e) {
        Objects.requireNonNull(h, "h");
        Objects.requireNonNull(e, "e");
        List<Endpoint> others = h.endpointsOn(device).stream().filter(o -> !o.name().equals(e.name())).toList();
        Optional<Endpoint> pt = firstPassthru(others);
        if (pt.isPresent() || e.mode() != MacvlanMode.PASSTHRU) {
            return pt;
        }
        return others.stream().findFirst();
    }

    private static Optional<Endpoint> firstPassthru(List<Endpoint> on) {
        return on.stream().filter(x -> x.mode() == MacvlanMode.PASSTHRU).findFirst();
    }
}
