package org.mvtd.backend.protocol;

import java.util.Optional;
import org.mvtd.model.rules.InterfaceNames;
import org.mvtd.model.rules.MacAddresses;

/**
 * The helper's checks of interface names and MAC addresses: the model's rules ({@link InterfaceNames},
 * {@link MacAddresses}), the very ones the validator applies, so a design the designer shows without problems is
 * one the helper accepts; here they become protocol errors naming the field.
 */
public final class Names {
    private Names() {
    }

    /** Why {@code name} is not an acceptable interface name (the model's rule, as the validator's), or empty. */
    public static Optional<String> interfaceNameProblem(String name) {
        return InterfaceNames.problem(name).map(why -> "interface name '" + Fields.printable(name) + "' " + why);
    }

    public static String interfaceName(String name, String field) throws ProtocolException {
        refuse(interfaceNameProblem(name), field);
        return name;
    }

    /** Why {@code mac} is not a usable unicast MAC (the model's rule), or empty when it is. */
    public static Optional<String> macProblem(String mac) {
        return MacAddresses.problem(mac).map(why -> "MAC '" + Fields.printable(mac) + "' " + why);
    }

    /** A checked MAC in the kernel's lower-case spelling. */
    public static String mac(String mac, String field) throws ProtocolException {
        refuse(macProblem(mac), field);
        return mac.toLowerCase(java.util.Locale.ROOT);
    }

    /** A rule's verdict as the protocol error naming {@code field}, when there is a problem. */
    private static void refuse(Optional<String> problem, String field) throws ProtocolException {
        if (problem.isPresent()) {
            throw ProtocolException.bad(field, problem.get());
        }
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
