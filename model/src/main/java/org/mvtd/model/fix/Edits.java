package org.mvtd.model.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;

/**
 * The few pure design edits quick fixes need. Small on purpose: when the shared editing layer
 * ({@code org.mvtd.model.edit}) lands, these become calls into it.
 */
final class Edits {
    private Edits() {
    }

    static UnaryOperator<Design> endpointMode(String host, String endpoint, MacvlanMode mode) {
        return d -> d.withHost(host, h -> h.withEndpoint(endpoint, e -> e.inMode(mode)));
    }

    static UnaryOperator<Design> endpointUp(String host, String endpoint) {
        return d -> d.withHost(host, h -> h.withEndpoint(endpoint, e -> e.withUp(true)));
    }

    static UnaryOperator<Design> deviceUp(String host, String device) {
        return d -> d.withHost(host, h -> h.withDevice(device, x -> x.withUp(true)));
    }

    static UnaryOperator<Design> plugInto(String host, String device, String switchName) {
        return d -> d.withHost(host, h -> h.withDevice(device, x -> x.withSwitchName(switchName)));
    }

    static UnaryOperator<Design> hairpinOn(String switchName) {
        return d -> d.withSwitch(switchName, s -> s.withHairpin(true));
    }

    /** A bridge-mode macvlan {@code shim} on {@code device}, which gives the host's address up to it. */
    static UnaryOperator<Design> addShim(String host, String device, String shim) {
        return d -> d.withHost(host, h -> {
            // The addresses go with the stack: left on a device without hostAddress they are an error.
            List<String> addresses = h.device(device).map(x -> x.addresses()).orElse(List.of());
            List<Endpoint> eps = new ArrayList<>(h.endpoints());
            eps.add(Endpoint.macvlan(shim, device, MacvlanMode.BRIDGE).withAddresses(addresses));
            return h.withEndpoints(eps).withDevice(device, x -> x.withHostAddress(false).withAddresses(List.of()));
        });
    }

    /** The first of shim0, shim1, ... that names no device or endpoint of {@code host}. */
    static String freeShimName(Host host) {
        Objects.requireNonNull(host, "host");
        for (int i = 0; ; i++) {
            String n = "shim" + i;
            if (host.device(n).isEmpty() && host.endpoint(n).isEmpty()) {
                return n;
            }
        }
    }

    /** {@code first} then {@code second}. */
    static UnaryOperator<Design> then(UnaryOperator<Design> first, UnaryOperator<Design> second) {
        return d -> second.apply(first.apply(d));
    }
}
