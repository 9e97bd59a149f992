package org.mvtd.backend.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Endpoint;
import org.mvtd.model.LinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a plan in one bulk kernel call, marking every link it makes as ours (alias and design group), and
 * setting up macvtaps for their guests as {@link Planner#GUEST_TAP} says. The before-state is journaled first; any failure restores it.
 */
public final class Applier {
    private static final Logger LOG = LoggerFactory.getLogger(Applier.class);
    private final Kernel kernel;
    private final TapNodes nodes;
    private final Journal journal;
    private final Path tapDir;

    public Applier(Kernel kernel, TapNodes nodes, Journal journal, Path tapDir) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.tapDir = Objects.requireNonNull(tapDir, "tapDir");
    }

    public ApplyReport apply(Plan plan, List<LinkInfo> live) throws IOException {
        Map<String, String> made = new LinkedHashMap<>();
        if (plan.isEmpty()) {
            return new ApplyReport(true, plan, null, null, List.of(), made);
        }
        JournalEntry entry = new JournalEntry(plan.designId().value(), plan.group(), snapshot(plan, live), plan.uid());
        journal.write(entry);

        List<LinkOp> ops = new ArrayList<>();
        List<Step> owner = new ArrayList<>();
        for (Step s : plan.steps()) {
            for (LinkOp op : ops(plan, s)) {
                ops.add(op);
                owner.add(s);
            }
        }
        BatchResult r = kernel.run(ops, false);
        if (!r.ok()) {
            BatchResult.Failure f = r.failures().get(0);
            Step failed = f.index() >= 0 && f.index() < owner.size() ? owner.get(f.index()) : null;
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
        journal.clear(entry.designId());
        return new ApplyReport(true, plan, null, null, List.of(), made);
    }

    private ApplyReport fail(Plan plan, JournalEntry entry, Step failed, String reason) throws IOException {
        LOG.warn("apply of {} failed at {}: {}; undoing", plan.designId(), failed == null ? "?" : failed.describe(), reason);
        Restorer.Result undo = new Restorer(kernel, nodes, tapDir).restore(entry);
        if (undo.failed().isEmpty()) {
            journal.clear(entry.designId());
        }
        return new ApplyReport(false, plan, failed, reason, undo.all(), Map.of());
    }

    private List<LinkSnapshot> snapshot(Plan plan, List<LinkInfo> live) {
        Map<String, LinkInfo> byName = new HashMap<>();
        live.forEach(l -> byName.put(l.name(), l));
        Map<String, LinkSnapshot> out = new LinkedHashMap<>();
        for (Step s : plan.steps()) {
            Optional<LinkInfo> cur = Optional.ofNullable(byName.get(s.name()));
            int nodeUid = nodes.stat(Planner.nodePath(tapDir, plan.designId(), s.name())).map(TapNodes.NodeInfo::uid).orElse(-1);
            out.putIfAbsent(s.name(), cur.map(l -> LinkSnapshot.of(l, nodeUid)).orElse(LinkSnapshot.absent(s.name())));
        }
        return List.copyOf(out.values());
    }

    static List<LinkOp> ops(Plan plan, Step s) {
        Endpoint ep = s.target();
        return switch (s.kind()) {
            case DELETE -> List.of(new LinkOp.Delete(s.name()));
            case REPLACE -> {
                List<LinkOp> l = new ArrayList<>();
                l.add(new LinkOp.Delete(s.name()));
                l.addAll(create(plan, ep));
                yield l;
            }
            case CREATE -> create(plan, ep);
            case SET_ADDRESS -> List.of(new LinkOp.SetAddress(s.name(), ep.mac()));
            case UP -> List.of(new LinkOp.Configure(s.name(), null, false, true));
            case DOWN -> List.of(new LinkOp.Configure(s.name(), null, false, false));
            case NODE -> List.of();
        };
    }

    private static List<LinkOp> create(Plan plan, Endpoint ep) {
        List<LinkOp> ops = new ArrayList<>();
        ops.add(new LinkOp.Add(ep.name(), ep.lower(), ep.type(), ep.mode(), ep.mac(), plan.group()));
        boolean tap = ep.type() == LinkType.MACVTAP;
        if (tap && Planner.GUEST_TAP.allMulticast()) {
            ops.add(new LinkOp.SetAllMulticast(ep.name(), true));
        }
        ops.addAll(LinkOp.mark(ep.name(), plan.designId().alias(ep.name()), tap && Planner.GUEST_TAP.noAddrGen(),
                ep.up() ? Boolean.TRUE : null));
        return ops;
    }
}
