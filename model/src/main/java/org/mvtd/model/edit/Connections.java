package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.validate.PassthruRule;

/**
 * The connections a user may draw, and why any other is refused. Only kernel-legal links are accepted:
 * a device's cable to a switch, a station to a switch, an endpoint to a lower device of its host,
 * a guest NIC to a free macvtap endpoint of its host.
 */
public final class Connections {
    private Connections() {
    }

    /** What a connection attempt leads to. */
    public sealed interface Outcome permits Connected, Refused {
    }

    /** The connection is legal: {@code design} has it; {@code label} names the edit for undo. */
    public record Connected(Design design, String label) implements Outcome {
    }

    /** The connection is refused; {@code reason} says why, in words a student understands. */
    public record Refused(String reason) implements Outcome {
    }

    /** Connects {@code a} and {@code b} (in either order), or says why not. */
    public static Outcome connect(Design d, ElementRef a, ElementRef b) {
        Objects.requireNonNull(d, "design");
        if (a.equals(b)) {
            return new Refused("Drag from one element to another to connect them.");
        }
        ElementKind ka = a.kind();
        ElementKind kb = b.kind();
        if (ka.ordinal() > kb.ordinal()) { // normalise: SWITCH < STATION < HOST < DEVICE < ENDPOINT < GUEST
            return connect(d, b, a);
        }
        return switch (ka) {
            case SWITCH -> switch (kb) {
                case STATION -> plugStation(d, b, a);
                case DEVICE -> plugDevice(d, b, a);
                case SWITCH -> new Refused("Two switches are separate segments: plug devices and stations into them instead.");
                case HOST -> new Refused("A host reaches a switch through a lower device: connect the device inside "
                        + b.name() + " to " + a.name() + ".");
                case ENDPOINT -> new Refused("An endpoint reaches the switch through its lower device: connect "
                        + b.name() + "'s device to " + a.name() + ".");
                case GUEST -> new Refused("A guest reaches the switch through a macvtap endpoint on a lower device: connect "
                        + b.name() + " to a macvtap endpoint.");
            };
            case STATION -> new Refused("A station plugs into a switch: drag from " + a.name() + " to a switch.");
            case HOST -> new Refused("Drop devices and endpoints into the host's box; connect the devices to switches.");
            case DEVICE -> switch (kb) {
                case DEVICE -> new Refused("Two devices never connect directly: plug both into the same switch.");
                case ENDPOINT -> placeEndpoint(d, b, a);
                default -> new Refused("A guest connects to a macvtap endpoint, which sits on a lower device: "
                        + "add an endpoint on " + a.name() + " first.");
            };
            case ENDPOINT -> kb == ElementKind.ENDPOINT
                    ? new Refused("Endpoints meet through their lower device: put both on the same device.")
                    : attachGuest(d, b, a);
            case GUEST -> new Refused("Guests talk through their endpoints: connect each guest to a macvtap endpoint.");
        };
    }

    private static Outcome plugStation(Design d, ElementRef station, ElementRef sw) {
        var s = d.station(station.name()).orElseThrow();
        if (s.switchName().equals(sw.name())) {
            return new Refused(station.name() + " is already plugged into " + sw.name() + ".");
        }
        return new Connected(d.withStations(d.stations().stream()
                .map(x -> x.name().equals(station.name()) ? x.withSwitchName(sw.name()) : x).toList()),
                "Plug " + station.name() + " into " + sw.name());
    }

    private static Outcome plugDevice(Design d, ElementRef dev, ElementRef sw) {
        Device x = Elements.device(d, dev).orElseThrow();
        if (sw.name().equals(x.switchName())) {
            return new Refused(dev.qualifiedName() + " is already plugged into " + sw.name() + ".");
        }
        return new Connected(d.withHost(dev.host(), h -> h.withDevice(dev.name(), y -> y.withSwitchName(sw.name()))),
                "Plug " + dev.qualifiedName() + " into " + sw.name());
    }

    private static Outcome placeEndpoint(Design d, ElementRef ep, ElementRef dev) {
        if (!ep.host().equals(dev.host())) {
            return new Refused(ep.name() + " belongs to " + ep.host() + " and " + dev.name() + " to " + dev.host()
                    + ": an endpoint sits on a device of its own host.");
        }
        Host h = d.host(ep.host()).orElseThrow();
        Endpoint e = h.endpoint(ep.name()).orElseThrow();
        if (e.lower().equals(dev.name())) {
            return new Refused(ep.name() + " already sits on " + dev.name() + ".");
        }
        Optional<String> refusal = passthruConflict(h, dev.name(), e);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        return new Connected(d.withHost(h.name(), x -> x.withEndpoint(ep.name(), y -> y.withLower(dev.name()))),
                "Move " + ep.name() + " onto " + dev.name());
    }

    /** Why endpoint {@code e} (new, moved or changed) may not sit on {@code device} of {@code h}, by {@link PassthruRule}. */
    public static Optional<String> passthruConflict(Host h, String device, Endpoint e) {
        return PassthruRule.conflict(h, device, e).map(o -> o.mode() == MacvlanMode.PASSTHRU
                ? device + " carries passthru endpoint " + o.name()
                        + ", which owns the whole device: the kernel refuses a second endpoint beside it (EINVAL)."
                : e.name() + " is in passthru mode and must be alone on its device, but " + device
                        + " already carries " + o.name() + " (the kernel answers EINVAL).");
    }

    private static Outcome attachGuest(Design d, ElementRef guest, ElementRef ep) {
        Guest g = d.guest(guest.name()).orElseThrow();
        Endpoint e = Elements.endpoint(d, ep).orElseThrow();
        if (e.type() != g.kind().nicType()) {
            return new Refused(g.isContainer()
                    ? ep.name() + " is a macvtap endpoint, a /dev/tapN for a virtual machine: a container's NIC is a"
                            + " macvlan endpoint moved into its network namespace."
                    : ep.name() + " is a macvlan endpoint, a network interface for the host itself with no "
                            + "/dev/tapN: a guest NIC needs a macvtap endpoint.");
        }
        Optional<Guest> user = d.guestOn(ep.host(), ep.name());
        if (user.isPresent()) {
            return new Refused(user.get().name().equals(g.name())
                    ? g.name() + " already uses " + ep.name() + "."
                    : ep.name() + " is already used by " + user.get().name() + ": an endpoint serves one guest NIC.");
        }
        if (!g.host().equals(ep.host()) && !g.nics().isEmpty()) {
            return new Refused(g.name() + " runs on " + g.host() + ": its NICs can only use endpoints of "
                    + g.host() + ", and " + ep.name() + " is on " + ep.host() + ".");
        }
        List<Nic> nics = new ArrayList<>(g.nics());
        nics.add(Nic.on(ep.name()));
        Guest next = g.withHost(ep.host()).withNics(nics);
        return new Connected(d.withGuests(d.guests().stream().map(x -> x.name().equals(g.name()) ? next : x).toList()),
                "Connect " + g.name() + " to " + ep.qualifiedName());
    }
}
