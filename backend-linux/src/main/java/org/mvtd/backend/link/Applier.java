package org.mvtd.backend.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.model.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a plan in one pipelined kernel batch, marking every link it makes as ours (the alias with the design id
 * and the requesting uid, the design group, the host side {@link HostSide#of} decides). Existing links are
 * addressed by the ifindex of the dump the plan was made from. The before-state is journaled first (with every
 * ifindex it names and the highest ifindex then, so an undo can prove which links it made); any failure restores it.
 */
public final class Applier {
    private static final Logger LOG = LoggerFactory.getLogger(Applier.class);
    private final Kernel kernel;
    private final TapNodes nodes;
    private final Journal journal;
    private final Path tapDir;
    private final ChangeLog changes;
    /** Room left above the highest ifindex for links others create during the apply (the kernel counts upwards). */
    static final int INDEX_GAP = 1024;

    public Applier(Kernel kernel, TapNodes nodes, Journal journal, Path tapDir) {
        this(kernel, nodes, journal, tapDir, ChangeLog.system());
    }

    public Applier(Kernel kernel, TapNodes nodes, Journal journal, Path tapDir, ChangeLog changes) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.tapDir = Objects.requireNonNull(tapDir, "tapDir");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    public ApplyReport apply(Plan plan, List<LinkInfo> live) throws IOException {
        Map<String, String> made = new LinkedHashMap<>();
        if (plan.isEmpty()) {
            return new ApplyReport(true, plan, null, null, List.of(), made);
        }
        long t0 = System.nanoTime();
        int floor = live.stream().mapToInt(LinkInfo::ifindex).max().orElse(0);
        Map<String, LinkInfo> byName = byName(live);
        List<Owned> owned = new ArrayList<>();
        // every create asks for its ifindex, above all that exist (and a gap for creations meanwhile): the journal
        // names each one before it exists, and the kernel needs no echo to tell it
        int[] next = {floor + INDEX_GAP};
        for (Step s : plan.steps()) {
            for (LinkOp op : ops(plan, s, byName, () -> ++next[0])) {
                owned.add(new Owned(op, s));
            }
        }
        Map<String, Integer> planned = new HashMap<>();
        owned.forEach(o -> {
            if (o.op() instanceof LinkOp.Add a) {
                planned.put(a.name(), a.requested());
            }
        });
        JournalEntry entry = new JournalEntry(plan.designId().value(), plan.group(), snapshot(plan, live, planned), plan.uid(),
                floor);
        journal.write(entry);
        long t1 = System.nanoTime();

        // phase order (deletes, creates, marks, addresses, up/down): the requests after the creates wait only once
        // for the creates' answers, and each link still gets its address generation mode before it comes up
        owned.sort(Comparator.comparingInt(o -> phase(o.op())));
        owned = GroupUp.fold(owned, Owned::op, (o, op) -> new Owned(op, o.step()), plan.group(), live);
        List<LinkOp> ops = owned.stream().map(Owned::op).toList();
        long t2 = System.nanoTime();
        BatchResult r = kernel.run(ops, false);
        long t3 = System.nanoTime();
        if (!r.ok()) {
            BatchResult.Failure f = r.failures().get(0);
            Step failed = f.index() >= 0 && f.index() < owned.size() ? owned.get(f.index()).step() : null;
            return fail(plan, entry, failed, f.reason());
        }
        for (Step s : plan.steps()) {
            Path node = Planner.nodePath(tapDir, plan.designId(), s.name());
            try {
                if (s.kind() == StepKind.NODE) {
                    DevNumber dev = kernel.tapDevice(s.name())
                            .orElseThrow(() -> new IOException("no macvtap character device for " + s.name()));
                    nodes.make(node, dev, plan.uid());
                    made.put(s.name(), node.toString());
                } else if (s.kind() == StepKind.DELETE || s.kind() == StepKind.REPLACE) {
                    nodes.remove(node);
                }
            } catch (IOException e) {
                return fail(plan, entry, s, e.getMessage());
            }
        }
        long t4 = System.nanoTime();
        journal.clear(entry.designId());
        changes.applied(plan);
        LOG.debug("apply of {} ({} ops): journal {} ms, ops {} ms, kernel {} ms, nodes {} ms, clear and log {} ms", plan.designId(),
                ops.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                (System.nanoTime() - t4) / 1_000_000);
        return new ApplyReport(true, plan, null, null, List.of(), made);
    }

    private record Owned(LinkOp op, Step step) {
    }

    static int phase(LinkOp op) {
        if (op instanceof LinkOp.Delete || op instanceof LinkOp.DeleteGroup) {
            return 0;
        }
        if (op instanceof LinkOp.Add) {
            return 1;
        }
        if (op instanceof LinkOp.SetAddress) {
            return 3;
        }
        if (op instanceof LinkOp.UpGroup) {
            return 4;
        }
        LinkOp.Configure c = (LinkOp.Configure) op;
        return c.up() == null ? 2 : 4;
    }

    private ApplyReport fail(Plan plan, JournalEntry entry, Step failed, String reason) throws IOException {
        LOG.warn("apply of {} failed at {}: {}; undoing", plan.designId(), failed == null ? "?" : failed.describe(), reason);
        Restorer.Result undo = new Restorer(kernel, nodes, tapDir).restore(entry);
        if (undo.failed().isEmpty()) {
            journal.clear(entry.designId());
        }
        changes.failed(plan, failed, reason, undo.all());
        return new ApplyReport(false, plan, failed, reason, undo.all(), Map.of());
    }

    private List<LinkSnapshot> snapshot(Plan plan, List<LinkInfo> live, Map<String, Integer> planned) {
        Map<String, LinkInfo> byName = byName(live);
        Map<String, LinkSnapshot> out = new LinkedHashMap<>();
        for (Step s : plan.steps()) {
            if (s.kind().foreign()) {
                continue; // a lower's MAC comes back with the kernel's delete of the endpoint that changed it
            }
            if (out.containsKey(s.name())) {
                continue;
            }
            LinkInfo cur = byName.get(s.name());
            // only a link that exists can have a node to give back: a create's step needs no walk of the tap tree
            out.put(s.name(), cur == null ? LinkSnapshot.absent(s.name(), planned.getOrDefault(s.name(), 0))
                    : LinkSnapshot.of(cur, nodes.stat(Planner.nodePath(tapDir, plan.designId(), s.name()))
                            .map(TapNodes.NodeInfo::uid).orElse(-1)));
        }
        return List.copyOf(out.values());
    }

    private static Map<String, LinkInfo> byName(List<LinkInfo> live) {
        Map<String, LinkInfo> m = new HashMap<>();
        live.forEach(l -> m.put(l.name(), l));
        return m;
    }

    /** The ops of one step, creates letting the kernel pick their ifindex. */
    static List<LinkOp> ops(Plan plan, Step s, Map<String, LinkInfo> live) {
        return ops(plan, s, live, () -> 0);
    }

    /**
     * The ops of one step; links it names are addressed by their ifindex in {@code live} (the plan's dump), and a
     * create asks for the ifindex {@code indexes} gives.
     */
    static List<LinkOp> ops(Plan plan, Step s, Map<String, LinkInfo> live, java.util.function.IntSupplier indexes) {
        Endpoint ep = s.target();
        return switch (s.kind()) {
            case DELETE -> List.of(new LinkOp.Delete(index(live, s.name()), s.name()));
            case REPLACE -> {
                List<LinkOp> l = new ArrayList<>();
                l.add(new LinkOp.Delete(index(live, s.name()), s.name()));
                l.addAll(create(plan, ep, live, indexes.getAsInt()));
                yield l;
            }
            case CREATE -> create(plan, ep, live, indexes.getAsInt());
            case SET_ADDRESS -> List.of(new LinkOp.SetAddress(index(live, s.name()), s.name(), ep.mac()));
            // the endpoint's own link carries the MAC to its lower; 0 when this batch creates it
            case LOWER_ADDRESS -> List.of(new LinkOp.SetAddress(existing(live, ep.name(), plan), ep.name(), ep.mac()));
            case UP -> List.of(new LinkOp.Configure(index(live, s.name()), s.name(), null, null, null, true));
            case DOWN -> List.of(new LinkOp.Configure(index(live, s.name()), s.name(), null, null, null, false));
            case NODE -> List.of();
        };
    }

    /** The ifindex of an endpoint's link when it stays (not re-created by this plan), else 0: this batch makes it. */
    private static int existing(Map<String, LinkInfo> live, String name, Plan plan) {
        boolean remade = plan.steps().stream().anyMatch(t -> t.name().equals(name)
                && (t.kind() == StepKind.CREATE || t.kind() == StepKind.REPLACE));
        return remade ? 0 : index(live, name);
    }

    private static int index(Map<String, LinkInfo> live, String name) {
        LinkInfo l = live.get(name);
        if (l == null || l.ifindex() <= 0) {
            throw new IllegalStateException("the plan names " + name + ", which its own dump does not hold");
        }
        return l.ifindex();
    }

    private static List<LinkOp> create(Plan plan, Endpoint ep, Map<String, LinkInfo> live, int requested) {
        List<LinkOp> ops = new ArrayList<>();
        ops.add(new LinkOp.Add(ep.name(), index(live, ep.lower()), ep.lower(), ep.type(), ep.mode(), ep.mac(), plan.group(),
                requested));
        ops.addAll(LinkOp.mark(0, ep.name(), plan.designId().alias(ep.name(), plan.uid()), HostSide.of(ep),
                ep.up() ? Boolean.TRUE : null));
        return ops;
    }
}
