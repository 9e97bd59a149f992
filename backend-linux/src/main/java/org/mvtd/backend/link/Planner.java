package org.mvtd.backend.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * Plans one host of a design against the live links: deletes of our links the design dropped, replaces
 * where type, mode or lower changed (the kernel cannot change them in place), creates, MAC changes,
 * up/down, a passthru endpoint's MAC (a change to its lower device, its own step), and guests' /dev nodes. A
 * design name held by a link that is not ours, or ours but made for another uid (unless the caller is root), is an
 * error naming it; so is a lower device that is not what the design declares ({@link LowerDevices}).
 */
public final class Planner {
    private final Kernel kernel;
    private final TapNodes nodes;
    private final Path tapDir;
    private final LowerDevices lowers;

    /** A planner checking lower devices as the helper was started to ({@link LowerDevices#fromSystemProperties()}). */
    public Planner(Kernel kernel, TapNodes nodes, Path tapDir) {
        this(kernel, nodes, tapDir, LowerDevices.fromSystemProperties());
    }

    public Planner(Kernel kernel, TapNodes nodes, Path tapDir, LowerDevices lowers) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.tapDir = Objects.requireNonNull(tapDir, "tapDir");
        this.lowers = Objects.requireNonNull(lowers, "lowers");
    }

    /** Where the guest's node for {@code endpoint} of design {@code id} lives. */
    public static Path nodePath(Path tapDir, DesignId id, String endpoint) {
        return tapDir.resolve(id.value()).resolve(endpoint);
    }

    public Plan plan(Design design, String hostName, List<LinkInfo> live, int uid) throws PlanException {
        Host host = design.host(hostName).orElseThrow(() -> new PlanException(PlanException.Reason.UNKNOWN_HOST,
                "the design has no host '" + hostName + "'", List.of(hostName)));
        DesignId id = DesignId.of(design.name());
        Map<String, LinkInfo> byName = new LinkedHashMap<>();
        live.forEach(l -> byName.put(l.name(), l));
        check(host, id, byName, uid);
        long group = group(design.name(), id, live);

        List<Step> deletes = new ArrayList<>();
        List<Step> replaces = new ArrayList<>();
        List<Step> creates = new ArrayList<>();
        List<Step> changes = new ArrayList<>();
        List<Step> nodeSteps = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        for (Endpoint ep : host.endpoints()) {
            wanted.add(ep.name());
            LinkInfo cur = byName.get(ep.name());
            boolean fresh = true;
            if (cur == null) {
                creates.add(new Step(StepKind.CREATE, ep.name(), ep, describe(ep)));
            } else if (!sameShape(cur, ep)) {
                replaces.add(new Step(StepKind.REPLACE, ep.name(), ep, difference(cur, ep)));
            } else {
                fresh = false;
                if (ep.mac() != null && !ep.mac().equalsIgnoreCase(cur.mac()) && ep.mode() != MacvlanMode.PASSTHRU) {
                    changes.add(new Step(StepKind.SET_ADDRESS, ep.name(), ep, "MAC " + cur.mac() + " -> " + ep.mac()));
                }
                if (ep.up() != cur.adminUp()) {
                    changes.add(new Step(ep.up() ? StepKind.UP : StepKind.DOWN, ep.name(), ep,
                            ep.up() ? "bring up" : "bring down"));
                }
            }
            lowerAddress(ep, fresh ? null : cur, byName.get(ep.lower())).ifPresent(changes::add);
            if (ep.type() == LinkType.MACVTAP) {
                Optional<String> guest = design.guestOn(hostName, ep.name()).map(g -> g.name());
                if (guest.isPresent() && (fresh || !nodeOk(id, ep.name(), uid))) {
                    nodeSteps.add(new Step(StepKind.NODE, ep.name(), ep, "guest " + guest.get() + ": "
                            + nodePath(tapDir, id, ep.name()) + " owned by uid " + uid + ", mode 0600"));
                }
            }
        }
        for (LinkInfo l : live) {
            if (id.mayChange(l, uid) && !wanted.contains(l.name())) {
                deletes.add(new Step(StepKind.DELETE, l.name(), null, "no longer in the design"));
            }
        }
        List<Step> steps = new ArrayList<>(deletes);
        steps.addAll(replaces);
        steps.addAll(creates);
        steps.addAll(changes);
        steps.addAll(nodeSteps);
        return new Plan(id, hostName, group, uid, steps);
    }

    /**
     * A passthru endpoint with a design MAC: the kernel ignores a MAC given at creation and, when it is set
     * afterwards, gives it to the lower device too. That is a change to a link that is not ours, so it is its own
     * step, naming the lower device, for the user to confirm.
     */
    private static Optional<Step> lowerAddress(Endpoint ep, LinkInfo cur, LinkInfo lower) {
        if (ep.mode() != MacvlanMode.PASSTHRU || ep.mac() == null) {
            return Optional.empty();
        }
        String now = cur != null ? cur.mac() : lower.mac();
        if (ep.mac().equalsIgnoreCase(now)) {
            return Optional.empty();
        }
        return Optional.of(new Step(StepKind.LOWER_ADDRESS, ep.lower(), ep, "MAC " + lower.mac() + " -> " + ep.mac()
                + ": passthru endpoint " + ep.name() + " takes the design's MAC and the kernel gives it to " + ep.lower()
                + ", a link not made by macvtap-designer (it gets its own MAC back when " + ep.name() + " is deleted)"));
    }

    private void check(Host host, DesignId id, Map<String, LinkInfo> byName, int uid) throws PlanException {
        Set<String> missing = new TreeSet<>();
        for (Endpoint ep : host.endpoints()) {
            if (!byName.containsKey(ep.lower())) {
                missing.add(ep.lower());
            }
        }
        if (!missing.isEmpty()) {
            throw new PlanException(PlanException.Reason.MISSING_LOWER, "lower device" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing on this machine", List.copyOf(missing));
        }
        List<String> wrong = new ArrayList<>();
        List<String> wrongWhy = new ArrayList<>();
        for (Device dv : host.devices()) {
            LinkInfo real = byName.get(dv.name());
            if (real != null && !host.endpointsOn(dv.name()).isEmpty()) {
                lowers.problem(dv, real).ifPresent(p -> {
                    wrong.add(dv.name());
                    wrongWhy.add(p);
                });
            }
        }
        if (!wrong.isEmpty()) {
            throw new PlanException(PlanException.Reason.WRONG_LOWER, "lower device" + (wrong.size() > 1 ? "s" : "") + " refused: "
                    + String.join("; ", wrongWhy), wrong);
        }
        List<String> foreign = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Endpoint ep : host.endpoints()) {
            LinkInfo cur = byName.get(ep.name());
            if (cur != null && !id.mayChange(cur, uid)) {
                foreign.add(ep.name());
                why.add(ep.name() + " (" + (cur.kind().isEmpty() ? "device" : cur.kind())
                        + (id.owns(cur) ? ", made for this design by uid " + id.owner(cur).getAsInt()
                                + ": only that user or root may change it"
                        : id.unproven(cur) ? ", its marker does not prove this helper made it"
                        : DesignId.anyOwns(cur) ? ", made for another design: " + cur.alias() : ", not made by macvtap-designer")
                        + ")");
            }
        }
        if (!foreign.isEmpty()) {
            throw new PlanException(PlanException.Reason.NOT_OURS, "link" + (foreign.size() > 1 ? "s " : " ") + String.join(", ", why)
                    + " already exist" + (foreign.size() > 1 ? "" : "s") + " and will not be touched: rename the endpoint"
                    + (foreign.size() > 1 ? "s" : "") + " or remove the link yourself", foreign);
        }
    }

    /** The design's group: the one its links already use, else the proposed one, skipping groups others use. */
    static long group(String designName, DesignId id, List<LinkInfo> live) {
        for (LinkInfo l : live) {
            if (id.owns(l) && l.group() > 0) {
                return l.group();
            }
        }
        long g = DesignId.proposedGroup(designName);
        while (taken(g, id, live)) {
            g = g + 1 > 0x7fffffffL ? 0x10000000L : g + 1;
        }
        return g;
    }

    private static boolean taken(long g, DesignId id, List<LinkInfo> live) {
        return live.stream().anyMatch(l -> l.group() == g && !id.owns(l));
    }

    private boolean nodeOk(DesignId id, String endpoint, int uid) {
        Optional<DevNumber> dev = kernel.tapDevice(endpoint);
        Optional<TapNodes.NodeInfo> node = nodes.stat(nodePath(tapDir, id, endpoint));
        return dev.isPresent() && node.isPresent() && node.get().dev().equals(dev.get())
                && node.get().uid() == uid && node.get().mode() == 0600;
    }

    static boolean sameShape(LinkInfo cur, Endpoint ep) {
        return cur.linkType().equals(Optional.of(ep.type())) && ep.lower().equals(cur.lower())
                && cur.macvlanMode().equals(Optional.of(ep.mode()));
    }

    private static String describe(Endpoint ep) {
        return ep.type().kernelName() + " " + ep.mode().kernelName() + " on " + ep.lower()
                + (ep.mac() == null ? "" : ", MAC " + ep.mac()) + (ep.up() ? ", up" : ", down");
    }

    private static String difference(LinkInfo cur, Endpoint ep) {
        List<String> d = new ArrayList<>();
        if (!ep.type().kernelName().equals(cur.kind())) {
            d.add("type " + cur.kind() + " -> " + ep.type().kernelName());
        }
        if (!ep.mode().kernelName().equals(cur.mode())) {
            d.add("mode " + cur.mode() + " -> " + ep.mode().kernelName());
        }
        if (!ep.lower().equals(cur.lower())) {
            d.add("lower " + cur.lower() + " -> " + ep.lower());
        }
        return String.join(", ", d) + " (cannot change in place)";
    }
}
