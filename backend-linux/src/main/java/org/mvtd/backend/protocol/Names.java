package org.mvtd.backend.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The allow-lists for interface names and MAC addresses. Names are stricter than the kernel's own rule
 * (1-15 bytes, not '.' or '..', no '/', ':' or whitespace): only letters, digits, '.', '-' and '_', and
 * never '..', so no name can climb a path, split an iproute2 argument or hide a control character.
 */
public final class Names {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,15}");
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");

    private Names() {
    }

    /** Why {@code name} is not an acceptable interface name, or empty when it is. */
    public static Optional<String> interfaceNameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("interface name is empty");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > 15) {
            return Optional.of("interface name '" + Fields.printable(name) + "' is longer than 15 bytes");
        }
        if (name.contains("..") || name.equals(".")) {
            return Optional.of("interface name '" + Fields.printable(name) + "' is '.' or holds '..'");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("interface name '" + Fields.printable(name)
                    + "' holds a character outside letters, digits, '.', '-' and '_'");
        }
        return Optional.empty();
    }

    public static String interfaceName(String name, String field) throws ProtocolException {
        Optional<String> p = interfaceNameProblem(name);
        if (p.isPresent()) {
            throw ProtocolException.bad(field, p.get());
        }
        return name;
    }

    /** Why {@code mac} is not a usable unicast MAC, or empty when it is. */
    public static Optional<String> macProblem(String mac) {
        if (!MAC.matcher(mac).matches()) {
            return Optional.of("MAC '" + Fields.printable(mac) + "' is not six hex octets separated by ':'");
        }
        int first = Integer.parseInt(mac.substring(0, 2), 16);
        if ((first & 1) != 0) {
            return Optional.of("MAC '" + mac + "' is multicast (lowest bit of the first octet set)");
        }
        if (mac.replace(":", "").chars().allMatch(c -> c == '0')) {
            return Optional.of("MAC '" + mac + "' is all zeros");
        }
        return Optional.empty();
    }

    /** A checked MAC in the kernel's lower-case spelling. */
    public static String mac(String mac, String field) throws ProtocolException {
        Optional<String> p = macProblem(mac);
        if (p.isPresent()) {
            throw ProtocolException.bad(field, p.get());
        }
        return mac.toLowerCase(java.util.Locale.ROOT);
    }

    /** Plain text (design and host names, client strings): no control characters, at most {@code max} chars. */
    public static String plainText(String s, String field, int max) throws ProtocolException {
        if (s.length() > max) {
            throw ProtocolException.bad(field, "longer than " + max + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw ProtocolException.bad(field, "holds a control character at index " + i);
            }
        }
        return s;
    }
}
