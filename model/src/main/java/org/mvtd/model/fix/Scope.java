package org.mvtd.model.fix;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Host;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/**
 * Validates an edit of a design known to be valid by validating only what the edit can break: the hosts
 * it changed, every host on a segment one of their devices moved to (MACs are unique per segment), their
 * guests, and all switches and stations. Every rule of the validator is about one host, one segment or a
 * name list, so that part has an error exactly when the whole design has one; it costs a tenth as much
 * on a ten-host design, which is what keeps a diagnosis within its 50 ms.
 */
final class Scope {
    private Scope() {
    }

    /** Whether {@code edited} (an edit of the error-free {@code valid}) has no validator error. */
    static boolean editIsValid(Design valid, Design edited) {
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(edited, "edited");
        if (valid.hosts().size() != edited.hosts().size() || !valid.guests().equals(edited.guests())) {
            return noErrors(edited);   // not an edit these fixes make: validate it all
        }
        Set<String> hosts = new HashSet<>();
        Set<String> movedTo = new HashSet<>();
        for (int i = 0; i < edited.hosts().size(); i++) {
            Host was = valid.hosts().get(i);
            Host now = edited.hosts().get(i);
            if (!was.equals(now)) {
                hosts.add(now.name());
                for (Device d : now.devices()) {
                    Device before = was.device(d.name()).orElse(null);
                    if (d.plugged() && (before == null || !d.switchName().equals(before.switchName()))) {
                        movedTo.add(d.switchName());
                    }
                }
            }
        }
        for (Host h : edited.hosts()) {
            if (h.devices().stream().anyMatch(d -> d.plugged() && movedTo.contains(d.switchName()))) {
                hosts.add(h.name());
            }
        }
        List<Host> part = edited.hosts().stream().filter(h -> hosts.contains(h.name())).toList();
        return noErrors(edited.withHosts(part)
                .withGuests(edited.guests().stream().filter(g -> hosts.contains(g.host())).toList()));
    }

    static boolean noErrors(Design design) {
        return Validator.validate(design).stream().noneMatch(Problem::isError);
    }
}
