package org.mvtd.model.rules;

import java.util.ArrayList;
import java.util.List;
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
        return problems(mac).stream().findFirst();
    }

    /**
     * Every rule {@code mac} breaks, each as a phrase that follows it, the first being {@link #problem}'s verdict;
     * empty for a unicast MAC. A malformed text also says what in it is wrong (its groups, a non-hex character).
     */
    public static List<String> problems(String mac) {
        Objects.requireNonNull(mac, "mac");
        if (!MAC.matcher(mac).matches()) {
            List<String> out = new ArrayList<>();
            out.add("is not six hex pairs separated by ':'");
            String[] groups = mac.split(":", -1);
            if (groups.length != 6) {
                out.add("has " + groups.length + (groups.length == 1 ? " group" : " groups") + " where six are needed");
            }
            mac.chars().filter(c -> c != ':' && Character.digit(c, 16) < 0).distinct().limit(3).forEach(c ->
                    out.add("contains '" + Character.toString(c) + "', which is not a hex digit"));
            for (String g : groups) {
                if (g.length() != 2) {
                    out.add("has the group '" + g + "'; each group is exactly two hex digits");
                    break;
                }
            }
            return out;
        }
        if ((Integer.parseInt(mac.substring(0, 2), 16) & 1) != 0) {
            return List.of("is a multicast address (lowest bit of the first octet set); an interface needs a unicast one");
        }
        if (mac.replace(":", "").chars().allMatch(c -> c == '0')) {
            return List.of("is all zeros, which no interface may have");
        }
        return List.of();
    }
}
