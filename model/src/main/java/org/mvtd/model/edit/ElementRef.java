package org.mvtd.model.edit;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies one element of a design by kind and name. Devices and endpoints are named per host,
 * so they carry their host; every other kind has {@code host == null}.
 */
public record ElementRef(ElementKind kind, String host, String name) {
    private static final Pattern PATH = Pattern.compile(
            "^(switches|stations|guests|hosts)\\[([^\\]]+)\\](?:\\.(devices|endpoints)\\[([^\\]]+)\\])?.*$");

    public ElementRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        boolean hosted = kind == ElementKind.DEVICE || kind == ElementKind.ENDPOINT;
        if (hosted != (host != null)) {
            throw new IllegalArgumentException(kind.label() + " " + name + ": host must be "
                    + (hosted ? "given" : "absent"));
        }
    }

    public static ElementRef sw(String name) { return new ElementRef(ElementKind.SWITCH, null, name); }
    public static ElementRef station(String name) { return new ElementRef(ElementKind.STATION, null, name); }
    public static ElementRef host(String name) { return new ElementRef(ElementKind.HOST, null, name); }
    public static ElementRef guest(String name) { return new ElementRef(ElementKind.GUEST, null, name); }
    public static ElementRef device(String host, String name) { return new ElementRef(ElementKind.DEVICE, host, name); }
    public static ElementRef endpoint(String host, String name) { return new ElementRef(ElementKind.ENDPOINT, host, name); }

    /** The validator's element path: {@code hosts[kvm1].endpoints[macvtap0]}, {@code switches[lan]}. */
    public String path() {
        return switch (kind) {
            case SWITCH -> "switches[" + name + "]";
            case STATION -> "stations[" + name + "]";
            case HOST -> "hosts[" + name + "]";
            case GUEST -> "guests[" + name + "]";
            case DEVICE -> "hosts[" + host + "].devices[" + name + "]";
            case ENDPOINT -> "hosts[" + host + "].endpoints[" + name + "]";
        };
    }

    /** The element a validator path (possibly ending in a field, e.g. {@code .mode}) points at. */
    public static Optional<ElementRef> fromPath(String path) {
        Matcher m = PATH.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String top = m.group(2);
        if (m.group(3) != null) {
            return Optional.of(m.group(3).equals("devices") ? device(top, m.group(4)) : endpoint(top, m.group(4)));
        }
        return Optional.of(switch (m.group(1)) {
            case "switches" -> sw(top);
            case "stations" -> station(top);
            case "hosts" -> host(top);
            default -> guest(top);
        });
    }

    /** What a user reads: "endpoint kvm1/macvtap0", "switch lan". */
    public String label() {
        return kind.label() + " " + qualifiedName();
    }

    /** {@code host/name} for hosted elements, the name otherwise (also the reach node id where one exists). */
    public String qualifiedName() {
        return host == null ? name : host + "/" + name;
    }

    public ElementRef withName(String newName) {
        return new ElementRef(kind, host, newName);
    }

    public ElementRef withHost(String newHost) {
        return new ElementRef(kind, newHost, name);
    }

    @Override
    public String toString() {
        return label();
    }
}
