package org.mvtd.model.edit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.Host;
import org.mvtd.model.rules.InterfaceNames;
import org.mvtd.model.rules.MacAddresses;

/** Name rules checked as the user types, and fresh names for new and pasted elements. */
public final class Names {

    private Names() {
    }

    /** Why {@code name} cannot be a kernel interface name, or empty when it can: the model's rule, as the helper's. */
    public static Optional<String> interfaceNameProblem(String name) {
        return InterfaceNames.problem(name);
    }

    /** Why element {@code r} cannot be called {@code name} in design {@code d}, or empty when it can. */
    public static Optional<String> nameProblem(Design d, ElementRef r, String name) {
        return nameProblems(d, r, name).stream().findFirst();
    }

    /** Every rule that stops element {@code r} being called {@code name} in {@code d}, first {@link #nameProblem}'s. */
    public static List<String> nameProblems(Design d, ElementRef r, String name) {
        if (name.isBlank()) {
            return List.of("a name is required");
        }
        List<String> out = new ArrayList<>();
        if (!name.equals(name.strip())) {
            out.add("no spaces around the name");
        }
        if (r.kind() == ElementKind.DEVICE || r.kind() == ElementKind.ENDPOINT) {
            out.addAll(InterfaceNames.problems(name));
        }
        if (!name.equals(r.name()) && taken(d, r).contains(name)) {
            out.add("'" + name + "' is already used by another " + scopeWord(r));
        }
        return out;
    }

    private static String scopeWord(ElementRef r) {
        return switch (r.kind()) {
            case DEVICE, ENDPOINT -> "device or endpoint of " + r.host();
            default -> r.kind().label();
        };
    }

    /** The names an element of {@code r}'s kind may not take (its own included). */
    public static Set<String> taken(Design d, ElementRef r) {
        Set<String> out = new HashSet<>();
        switch (r.kind()) {
            case SWITCH -> d.switches().forEach(s -> out.add(s.name()));
            case STATION -> d.stations().forEach(s -> out.add(s.name()));
            case HOST -> d.hosts().forEach(h -> out.add(h.name()));
            case GUEST -> d.guests().forEach(g -> out.add(g.name()));
            case DEVICE, ENDPOINT -> d.host(r.host()).ifPresent(h -> out.addAll(interfaceNames(h)));
        }
        return out;
    }

    static Set<String> interfaceNames(Host h) {
        Set<String> out = new HashSet<>();
        h.devices().forEach(x -> out.add(x.name()));
        h.endpoints().forEach(x -> out.add(x.name()));
        return out;
    }

    /** {@code prefix + n} for the smallest {@code n >= start} not in {@code taken}. */
    public static String fresh(Set<String> taken, String prefix, int start) {
        int n = start;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** A copy's name: {@code name} itself when free, else {@code name-2}, {@code name-3}... (kept within 15 bytes). */
    public static String copyName(Set<String> taken, String name, boolean interfaceName) {
        if (!taken.contains(name)) {
            return name;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = name;
            if (interfaceName) {
                while ((base + suffix).getBytes(StandardCharsets.UTF_8).length > 15 && !base.isEmpty()) {
                    base = base.substring(0, base.length() - 1);
                }
            }
            if (!taken.contains(base + suffix)) {
                return base + suffix;
            }
        }
    }

    /** Why {@code text} is not a usable MAC address, or empty when it is (or is blank: kernel-chosen). */
    public static Optional<String> macProblem(String text) {
        return macProblems(text).stream().findFirst();
    }

    /** Every rule MAC {@code text} breaks (none when blank: kernel-chosen); the model's rule, as the helper's. */
    public static List<String> macProblems(String text) {
        return text.isBlank() ? List.of() : MacAddresses.problems(text.strip());
    }
}
