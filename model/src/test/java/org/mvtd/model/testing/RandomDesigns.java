package org.mvtd.model.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/**
 * Seeded generator of valid designs (no validation errors; FORMAT.md warnings such as a passthru on a
 * device with {@code hostAddress: true} or a vepa endpoint on an unplugged device may occur, because
 * real designs have them too).
 *
 * <p>What the designs mix: every mode and both link types, hairpin on and off, several devices per host
 * and hosts per switch, several switches, stations, unplugged devices, down devices and endpoints,
 * passthru endpoints alone on their device, macvlan host shims, guests whose NICs use macvtap endpoints
 * of their own host (at most one NIC per endpoint), kernel-valid interface names (1-15 bytes, some that
 * YAML would misread unquoted, such as {@code null} or {@code 0x1f}) and unicast MACs unique across the
 * whole design (so unique per segment), some endpoints without a MAC.
 *
 * <p>The same seed and shape always give the same design.
 */
public final class RandomDesigns {

    /**
     * Size knobs. {@code hosts}, {@code devicesPerHost}, {@code switches}, {@code stations} and
     * {@code guests} are exact counts; every device carries {@code endpointsPerDevice} endpoints except a
     * passthru device, which carries exactly one. Stations need a switch: with no switches there are none.
     * A guest gets 0-2 NICs, fewer when its host has no free macvtap endpoint left.
     */
    public record Shape(int hosts, int devicesPerHost, int endpointsPerDevice, int switches, int stations,
                        int guests) {
        public Shape {
            if (hosts < 0 || devicesPerHost < 0 || endpointsPerDevice < 0 || switches < 0 || stations < 0
                    || guests < 0) {
                throw new IllegalArgumentException("shape counts must not be negative: " + hosts + ", "
                        + devicesPerHost + ", " + endpointsPerDevice + ", " + switches + ", " + stations + ", "
                        + guests);
            }
        }

        /** The benchmark size: 100 hosts x 4 devices x 25 endpoints = 10,000 endpoints. */
        public static Shape large() {
            return new Shape(100, 4, 25, 8, 20, 200);
        }

        /** A small random shape, as {@link #generate(long)} uses. */
        public static Shape small(Random random) {
            int switches = random.nextInt(4);
            return new Shape(1 + random.nextInt(4), 1 + random.nextInt(3), random.nextInt(5), switches,
                    switches == 0 ? 0 : random.nextInt(4), random.nextInt(7));
        }
    }

    /** Names YAML would read as something else than a string if written bare; all are valid interface names. */
    private static final List<String> TRICKY_NAMES = List.of("null", "true", "no", "yes", "on", "0x1f",
            "1e3", "012");

    private static final MacvlanMode[] SHARED_MODES = {MacvlanMode.VEPA, MacvlanMode.BRIDGE, MacvlanMode.PRIVATE};
    private static final String[] DESIGN_NAMES = {"lab", "", "classroom: room 4", "# not a comment",
        "tenants 'a' & \"b\"", "réseau — étage 2", "yes", "  padded  ", "line\nbreak", "1.5", "[x, y]"};

    private RandomDesigns() {
    }

    /** A valid design of a small random shape. */
    public static Design generate(long seed) {
        Random random = new Random(seed);
        return new Generator(random, Shape.small(random)).design();
    }

    /** A valid design of the given shape. */
    public static Design generate(long seed, Shape shape) {
        Objects.requireNonNull(shape, "shape");
        return new Generator(new Random(seed), shape).design();
    }

    /** Random valid designs; jqwik shrinks toward smaller shapes. */
    public static Arbitrary<Design> arbitrary() {
        Arbitrary<Shape> shapes = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 6))
                .as(Shape::new);
        return Combinators.combine(Arbitraries.longs(), shapes).as(RandomDesigns::generate);
    }

    /** One generation run; holds the random source and the uniqueness bookkeeping. */
    private static final class Generator {
        private final Random random;
        private final Shape shape;
        private final Set<Long> macs = new HashSet<>();
        private final List<Switch> switches = new ArrayList<>();

        Generator(Random random, Shape shape) {
            this.random = random;
            this.shape = shape;
        }

        Design design() {
            for (int i = 0; i < shape.switches(); i++) {
                switches.add(new Switch(i == 0 && random.nextBoolean() ? "tor" : "sw" + i, random.nextBoolean(),
                        maybePosition()));
            }
            List<Station> stations = new ArrayList<>();
            for (int i = 0; i < (switches.isEmpty() ? 0 : shape.stations()); i++) {
                stations.add(new Station(random.nextInt(5) == 0 ? "router " + i : "st" + i, anySwitch(),
                        maybePosition()));
            }
            List<Host> hosts = new ArrayList<>();
            for (int i = 0; i < shape.hosts(); i++) {
                hosts.add(host(random.nextInt(6) == 0 ? "kvm-" + i + ".lab" : "kvm" + i));
            }
            List<Guest> guests = new ArrayList<>();
            List<Set<String>> used = new ArrayList<>();
            hosts.forEach(h -> used.add(new HashSet<>()));
            for (int i = 0; i < (hosts.isEmpty() ? 0 : shape.guests()); i++) {
                int hostIndex = random.nextInt(hosts.size());
                guests.add(guest("vm" + i, hosts.get(hostIndex), used.get(hostIndex)));
            }
            String name = DESIGN_NAMES[random.nextInt(DESIGN_NAMES.length)];
            return new Design(Design.CURRENT_VERSION, name, switches, stations, hosts, guests);
        }

        private Host host(String name) {
            List<Device> devices = new ArrayList<>();
            List<Endpoint> endpoints = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (int d = 0; d < shape.devicesPerHost(); d++) {
                Device device = device(d, taken);
                boolean passthru = shape.endpointsPerDevice() > 0 && random.nextInt(6) == 0;
                if (passthru) {
                    // Mostly without the host's address, as FORMAT.md recommends; sometimes with (a warning).
                    device = device.withHostAddress(random.nextInt(4) == 0);
                }
                devices.add(device);
                int count = passthru ? 1 : shape.endpointsPerDevice();
                for (int e = 0; e < count; e++) {
                    endpoints.add(endpoint(device.name(), passthru, taken));
                }
            }
            // Interleave devices' endpoints a little: file order need not follow the devices.
            if (endpoints.size() > 1 && random.nextBoolean()) {
                endpoints.add(0, endpoints.remove(endpoints.size() - 1));
            }
            return new Host(name, devices, endpoints, maybePosition());
        }

        private Device device(int index, Set<String> taken) {
            DeviceKind kind = DeviceKind.values()[random.nextInt(DeviceKind.values().length)];
            String base = switch (kind) {
                case ETHERNET -> random.nextBoolean() ? "eth" + index : "enp3s0f" + index + "v1";
                case BOND -> "bond" + index;
                case VLAN -> "eth" + index + "." + (100 + random.nextInt(3900));
                case BRIDGE -> "br" + index;
            };
            String name = unique(base, taken);
            String sw = switches.isEmpty() || random.nextInt(5) == 0 ? null : anySwitch();
            return new Device(name, kind, sw, random.nextInt(6) != 0, random.nextInt(3) != 0, maybePosition());
        }

        private Endpoint endpoint(String lower, boolean passthru, Set<String> taken) {
            LinkType type = random.nextInt(4) == 0 ? LinkType.MACVLAN : LinkType.MACVTAP;
            MacvlanMode mode = passthru ? MacvlanMode.PASSTHRU : SHARED_MODES[random.nextInt(SHARED_MODES.length)];
            String base = type == LinkType.MACVTAP ? "macvtap" + taken.size() : "mvl" + taken.size();
            String name = unique(base, taken);
            String mac = random.nextInt(4) == 0 ? null : freshMac();
            return new Endpoint(name, lower, type, mode, mac, random.nextInt(7) != 0, maybePosition());
        }

        private Guest guest(String name, Host host, Set<String> usedEndpoints) {
            List<String> free = host.endpoints().stream()
                    .filter(e -> e.type() == LinkType.MACVTAP)
                    .map(Endpoint::name)
                    .filter(n -> !usedEndpoints.contains(n))
                    .toList();
            List<Nic> nics = new ArrayList<>();
            int wanted = Math.min(free.size(), random.nextInt(3));
            List<String> pool = new ArrayList<>(free);
            for (int i = 0; i < wanted; i++) {
                String endpoint = pool.remove(random.nextInt(pool.size()));
                usedEndpoints.add(endpoint);
                nics.add(new Nic(endpoint, NicModel.values()[random.nextInt(NicModel.values().length)],
                        random.nextInt(4) != 0));
            }
            return new Guest(name, host.name(), nics, maybePosition());
        }

        /** {@code base}, or a tricky YAML-looking name now and then, made unique within {@code taken}. */
        private String unique(String base, Set<String> taken) {
            String name = random.nextInt(12) == 0 ? TRICKY_NAMES.get(random.nextInt(TRICKY_NAMES.size())) : base;
            int n = 0;
            String candidate = name;
            while (!taken.add(candidate)) {
                candidate = name + "_" + n++;
            }
            if (candidate.length() > 15) {
                throw new IllegalStateException("generated name too long: " + candidate);
            }
            return candidate;
        }

        private String anySwitch() {
            return switches.get(random.nextInt(switches.size())).name();
        }

        /** A unicast, non-zero MAC not used anywhere else in the design. */
        private String freshMac() {
            while (true) {
                long bits = random.nextLong() & 0xFFFF_FFFF_FFFFL;
                if (random.nextBoolean()) {
                    bits = 0x5254_0000_0000L | (bits & 0xFF_FFFFL); // libvirt's 52:54:00 prefix
                }
                bits &= ~0x0100_0000_0000L; // clear the group bit: unicast
                if (bits != 0 && macs.add(bits)) {
                    StringBuilder sb = new StringBuilder(17);
                    for (int shift = 40; shift >= 0; shift -= 8) {
                        if (shift != 40) {
                            sb.append(':');
                        }
                        sb.append(String.format("%02x", (bits >>> shift) & 0xFF));
                    }
                    return random.nextInt(10) == 0 ? sb.toString().toUpperCase(Locale.ROOT) : sb.toString();
                }
            }
        }

        private Position maybePosition() {
            if (random.nextInt(3) == 0) {
                return null;
            }
            // Integers and halves: what a canvas snaps to, and exact in any decimal form.
            return new Position(random.nextInt(4000) / 2.0 - 200, random.nextInt(3000) / 2.0 - 100);
        }
    }
}
