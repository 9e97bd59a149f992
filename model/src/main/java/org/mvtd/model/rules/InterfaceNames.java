package org.mvtd.model.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for interface names (lower devices and endpoints), used by the validator, the editor and the root
 * helper alike, so "the validator shows no problem" means "the helper accepts it". The kernel's own rule
 * ({@code dev_valid_name}: 1-15 bytes, not '.' or '..', no '/', ':' or whitespace) plus what the kernel refuses
 * later ({@code all} and {@code default} are its /proc/sys/net/&#42;/conf entries) and what tools misread: names
 * become file names ({@code /dev/macvtap-designer/ID/NAME}), shell words (the ip-script export) and iproute2
 * arguments, so only ASCII letters, digits, '.', '-' and '_' are allowed, never '..', never a leading '-' (an
 * option) or '.', and never {@code if} followed by a digit (iproute2 reads {@code if3} as ifindex 3).
 */
public final class InterfaceNames {
    /** IFNAMSIZ - 1: the kernel's limit in bytes. */
    public static final int MAX_BYTES = 15;
    private static final Set<String> RESERVED = Set.of("all", "default");

    private InterfaceNames() {
    }

    /** Why {@code name} cannot be an interface name, as a phrase that follows the name ("is 16 bytes; ..."), or empty. */
    public static Optional<String> problem(String name) {
        return problems(name).stream().findFirst();
    }

    /**
     * Every rule {@code name} breaks, each as a phrase that follows the name, in the order {@link #problem} checks
     * them (so its verdict is the first of these); empty when the kernel and the tools accept it. A user fixing a
     * name sees all that is wrong at once instead of one rule per attempt.
     */
    public static List<String> problems(String name) {
        Objects.requireNonNull(name, "name");
        List<String> out = new ArrayList<>();
        if (name.isEmpty()) {
            out.add("is empty; Linux interface names are 1-15 bytes");
            return out;
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            out.add("is " + bytes + " bytes; Linux interface names are 1-15 bytes");
        }
        if (name.equals(".") || name.equals("..")) {
            out.add("is not allowed: Linux refuses '.' and '..' as interface names");
        }
        Set<String> seen = new LinkedHashSet<>(); // one line per kind of bad character, in order of appearance
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(name.charAt(i - 1))) {
                continue; // the code point was judged at its first half
            }
            if (c == '/' || c == ':') {
                seen.add("contains '" + c + "', which Linux interface names cannot hold");
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                seen.add("contains whitespace, which Linux interface names cannot hold");
            } else if (Character.isISOControl(c)) {
                seen.add("contains a control character, which Linux interface names cannot hold");
            } else if (!allowed(c)) {
                seen.add("contains '" + new String(Character.toChars(name.codePointAt(i)))
                        + "': use only ASCII letters, digits, '.', '-' and '_' (names also become file names and shell words)");
            }
        }
        out.addAll(seen);
        if (RESERVED.contains(name)) {
            out.add("is reserved: Linux keeps 'all' and 'default' for its per-interface settings");
        }
        if (name.contains("..") && !name.equals("..")) {
            out.add("contains '..', which could climb out of the directory of guests' device nodes");
        }
        if ((name.charAt(0) == '-' || name.charAt(0) == '.') && !name.equals(".") && !name.equals("..")) {
            out.add("starts with '" + name.charAt(0) + "', which tools read as an option or a hidden file");
        }
        if (name.length() > 2 && name.startsWith("if") && Character.isDigit(name.charAt(2))) {
            out.add("starts with 'if' and a digit, which iproute2 reads as an interface index (if3 means ifindex 3)");
        }
        return out;
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    }
}
