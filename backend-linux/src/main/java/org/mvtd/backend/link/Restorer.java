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
 * any number of times). Links are addressed by the ifindex of the dump it reads first, never by a name from the
 * journal, and a link is only changed or deleted when it is provably ours ({@link #provablyOurs}), so an entry
 * naming {@code if3} or {@code eth0}, or one whose lower device is gone, changes nothing that is not ours.
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
        List<LinkOp> ops = new ArrayList<>();
        for (LinkSnapshot snap : entry.before()) {
            LinkInfo cur = live.get(snap.name());
            boolean ours = cur != null && provablyOurs(cur, snap, id, entry);
            if (cur != null && !ours) {
                if (snap.present()) {
                    lost.add(snap.name() + " is now held by a link that is not ours; cannot restore it");
                }
                continue;
            }
            if (!snap.present()) {
                if (ours) {
                    ops.add(new LinkOp.Delete(cur.ifindex(), cur.name()));
                }
                continue;
            }
            String alias = snap.alias() != null && id.owns(snap.name(), snap.alias()) ? snap.alias() : id.alias(snap.name(), entry.uid());
            if (cur != null && sameShape(cur, snap)) {
                if (snap.mac() != null && !snap.mac().equalsIgnoreCase(cur.mac())) {
                    ops.add(new LinkOp.SetAddress(cur.ifindex(), cur.name(), snap.mac()));
                }
                ops.add(new LinkOp.Configure(cur.ifindex(), cur.name(), alias, null, null, snap.up()));
                continue;
            }
            if (cur != null) {
                ops.add(new LinkOp.Delete(cur.ifindex(), cur.name()));
            }
            rebuild(snap, live.get(snap.lower()), entry, alias).ifPresentOrElse(ops::addAll, () -> lost.add("cannot re-create "
                    + snap.name() + ": its lower device " + snap.lower() + " (ifindex " + snap.lowerIndex() + ") is gone or changed"));
        }
        ops.sort(java.util.Comparator.comparingInt(Applier::phase));
        BatchResult r = kernel.run(ops, true);
        for (BatchResult.Failure f : r.failures()) {
            problems.add((f.index() >= 0 ? ops.get(f.index()).describe() : "undo") + ": " + f.reason());
        }
        restoreNodes(entry, id, problems);
        return new Result(lost, problems);
    }

    /**
     * Ours beyond doubt: this design's alias for the entry's uid (or root's older alias); or, for the instant
     * between a create and its alias, no alias, the design's group, a macvlan kind, an ifindex above every
     * ifindex that existed when the apply began, and the very ifindex the journal says the create asked for.
     */
    private static boolean provablyOurs(LinkInfo cur, LinkSnapshot snap, DesignId id, JournalEntry entry) {
        if (id.mayChange(cur, entry.uid())) {
            return true;
        }
        // a create the journal named asked for its ifindex: only a link at exactly that ifindex is the one it made
        boolean atPlannedIndex = snap.present() || snap.ifindex() == 0 || cur.ifindex() == snap.ifindex();
        return cur.alias() == null && cur.group() == entry.group() && entry.group() > 0 && cur.macvlanFamily()
                && entry.ifindexFloor() > 0 && cur.ifindex() > entry.ifindexFloor() && atPlannedIndex;
    }

    /** Re-creates a link that was deleted half way: only on the very lower device it had (same name, same ifindex). */
    private static Optional<List<LinkOp>> rebuild(LinkSnapshot snap, LinkInfo lower, JournalEntry entry, String alias) {
        if (lower == null || (snap.lowerIndex() > 0 && lower.ifindex() != snap.lowerIndex()) || lower.loopback()
                || lower.macvlanFamily()) {
            return Optional.empty();
        }
        LinkType type;
        MacvlanMode mode;
        try {
            type = LinkType.fromKernelName(snap.type());
            mode = MacvlanMode.fromKernelName(snap.mode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<LinkOp> ops = new ArrayList<>();
        ops.add(new LinkOp.Add(snap.name(), lower.ifindex(), lower.name(), type, mode, snap.mac(), entry.group()));
        ops.addAll(LinkOp.mark(0, snap.name(), alias, HostSide.of(type), snap.up()));
        return Optional.of(ops);
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
