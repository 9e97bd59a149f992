package org.mvtd.backend.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/**
 * Brings the links a journal names back to their before-state, judging from the live kernel rather than
 * from how far the apply got, so the same code undoes a failed apply and one killed half way (it may run
 * any number of times). A link is only deleted when it is ours: our alias, or, for the instant between
 * {@code link add} and the alias line, no alias and our group.
 */
public final class Restorer {
    private final Kernel kernel;
    private final TapNodes nodes;
    private final Path tapDir;

    public Restorer(Kernel kernel, TapNodes nodes, Path tapDir) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.tapDir = Objects.requireNonNull(tapDir, "tapDir");
    }

    /**
     * What a restore could not do.
     *
     * @param lost   links that cannot come back because a link that is not ours now holds the name: final
     * @param failed what the kernel refused: worth another try (the journal stays)
     */
    public record Result(List<String> lost, List<String> failed) {
        public Result {
            lost = List.copyOf(lost);
            failed = List.copyOf(failed);
        }

        public List<String> all() {
            List<String> a = new ArrayList<>(lost);
            a.addAll(failed);
            return a;
        }
    }

    /** Restores {@code entry}. */
    public Result restore(JournalEntry entry) {
        DesignId id = new DesignId(entry.designId());
        List<String> lost = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, LinkInfo> live = new HashMap<>();
        try {
            kernel.links().forEach(l -> live.put(l.name(), l));
        } catch (KernelException e) {
            return new Result(List.of(), List.of("cannot read links to undo: " + e.getMessage()));
        }
        List<LinkOp> deletes = new ArrayList<>();
        List<LinkOp> rebuild = new ArrayList<>();
        for (LinkSnapshot snap : entry.before()) {
            LinkInfo cur = live.get(snap.name());
            boolean ours = cur != null && (id.owns(cur) || (cur.alias() == null && cur.group() == entry.group()
                    && (cur.kind().equals("macvtap") || cur.kind().equals("macvlan"))));
            if (cur != null && !ours) {
                if (snap.present()) {
                    lost.add(snap.name() + " is now held by a link that is not ours; cannot restore it");
                }
                continue;
            }
            if (!snap.present()) {
                if (ours) {
                    deletes.add(new LinkOp.Delete(snap.name()));
                }
                continue;
            }
            boolean macvtap = "macvtap".equals(snap.type());
            String alias = id.alias(snap.name());
            if (cur != null && sameShape(cur, snap)) {
                if (snap.mac() != null && !snap.mac().equalsIgnoreCase(cur.mac())) {
                    rebuild.add(new LinkOp.SetAddress(snap.name(), snap.mac()));
                }
                rebuild.add(new LinkOp.Configure(snap.name(), alias, false, snap.up()));
            } else {
                if (cur != null) {
                    deletes.add(new LinkOp.Delete(snap.name()));
                }
                rebuild.add(new LinkOp.Add(snap.name(), snap.lower(), LinkType.fromKernelName(snap.type()),
                        MacvlanMode.fromKernelName(snap.mode()), snap.mac(), entry.group()));
                rebuild.addAll(LinkOp.mark(snap.name(), alias, macvtap, snap.up()));
            }
        }
        List<LinkOp> ops = new ArrayList<>(deletes);
        ops.addAll(rebuild);
        BatchResult r = kernel.run(ops, true);
        for (BatchResult.Failure f : r.failures()) {
            problems.add((f.index() >= 0 ? ops.get(f.index()).batchLine() : "undo") + ": " + f.reason());
        }
        restoreNodes(entry, id, problems);
        return new Result(lost, problems);
    }

    private void restoreNodes(JournalEntry entry, DesignId id, List<String> problems) {
        for (LinkSnapshot snap : entry.before()) {
            Path node = Planner.nodePath(tapDir, id, snap.name());
            try {
                if (snap.nodeUid() < 0) {
                    nodes.remove(node);
                } else {
                    Optional<DevNumber> dev = kernel.tapDevice(snap.name());
                    if (dev.isPresent()) {
                        nodes.make(node, dev.get(), snap.nodeUid());
                    }
                }
            } catch (IOException e) {
                problems.add("node " + node + ": " + e.getMessage());
            }
        }
    }

    private static boolean sameShape(LinkInfo cur, LinkSnapshot snap) {
        return Objects.equals(cur.kind(), snap.type()) && Objects.equals(cur.lower(), snap.lower())
                && Objects.equals(cur.mode(), snap.mode());
    }
}
