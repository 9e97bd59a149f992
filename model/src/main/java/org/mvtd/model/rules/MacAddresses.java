package org.mvtd.model.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The one rule for an interface's MAC address, used by the validator, the editor and the root helper. */
public final class MacAddresses {
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");

    private MacAddresses() {
    }

    /** Why {@code mac} is not a usable interface address, as a phrase that follows it, or empty for a unicast MAC. */
    public static Optional<String> problem(String mac) {
        Objects.requireNonNull(mac, "mac");
        if (!MAC.matcher(mac).matches()) {
            return Optional.of("is not six hex pairs separated by ':'");
        }
        if ((Integer.parseInt(mac.substring(0, 2), 16) & 1) != 0) {
            return Optional.of("is a multicast address (lowest bit of the first octet set); an interface needs a unicast one");
        }
        if (mac.replace(":", "").chars().allMatch(c -> c == '0')) {
            return Optional.of("is all zeros, which no interface may have");
        }
        return Optional.empty();
    }
}
