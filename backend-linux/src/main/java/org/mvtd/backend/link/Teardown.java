package org.mvtd.backend.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Deletes a design's links that are ours and nothing else, by ifindex. A group goes in one RTM_DELLINK of the
 * group (about 0.16 s for 1,000 links instead of 23 s one by one) only when every member of the group is ours to
 * remove; otherwise its links of ours go one by one. Deleting a passthru endpoint gives its lower its own MAC back.
 */
public final class Teardown {
    private final Kernel kernel;
    private final TapNodes nodes;
    private final Path tapDir;
    private final ChangeLog changes;

    public Teardown(Kernel kernel, TapNodes nodes, Path tapDir) {
        this(kernel, nodes, tapDir, ChangeLog.system());
    }

    public Teardown(Kernel kernel, TapNodes nodes, Path tapDir, ChangeLog changes) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.nodes = Objects.requireNonNull(nodes, "nodes");
        this.tapDir = Objects.requireNonNull(tapDir, "tapDir");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /**
     * Deletes the links of design {@code id} that {@code uid} may remove: those made for {@code uid}, or, when
     * {@code uid} is root, every one (the change log says whose they were). Another user's links of the same design
     * are kept and named in the report's problems.
     */
    public TeardownReport teardown(DesignId id, int uid) throws KernelException {
        List<LinkInfo> live = kernel.links();
        Map<Long, List<LinkInfo>> mineByGroup = new TreeMap<>();
        Set<Long> mixed = new HashSet<>();
        List<String> problems = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (LinkInfo l : live) {
            if (id.mayChange(l, uid)) {
                mineByGroup.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l);
                int owner = id.owner(l).getAsInt();
                if (owner != uid) {
                    others.add(l.name() + " (uid " + owner + ")");
                }
            } else {
                mixed.add(l.group());
                if (id.owns(l)) {
                    problems.add("kept " + l.name() + ": made for this design by uid " + id.owner(l).getAsInt()
                            + "; only that user or root may remove it");
                } else if (id.unproven(l)) {
                    problems.add("kept " + l.name() + ": its marker does not prove this helper made it (an older"
                            + " version's, outside the initial namespace, or copied); remove it yourself if it is yours");
                }
            }
        }
        List<LinkOp> ops = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<Long> whole = new ArrayList<>();
        for (Map.Entry<Long, List<LinkInfo>> e : mineByGroup.entrySet()) {
            long g = e.getKey();
            // every member of the group, as the same dump shows it, is ours to remove: only then may it go whole
            if (g > 0 && !mixed.contains(g)) {
                ops.add(new LinkOp.DeleteGroup(g));
                whole.add(g);
            } else {
                e.getValue().forEach(l -> ops.add(new LinkOp.Delete(l.ifindex(), l.name())));
            }
            e.getValue().forEach(l -> deleted.add(l.name()));
        }
        BatchResult r = kernel.run(ops, true);
        List<String> refused = new ArrayList<>();
        for (BatchResult.Failure f : r.failures()) {
            refused.add((f.index() >= 0 ? ops.get(f.index()).describe() : "teardown") + ": " + f.reason());
        }
        if (!refused.isEmpty()) {
            List<String> left = kernel.links().stream().filter(id::owns).map(LinkInfo::name).toList();
            deleted.removeAll(left);
        }
        problems.addAll(refused);
        removeNodes(id, deleted, problems);
        changes.toreDown(id, uid, deleted, others);
        return new TeardownReport(deleted, whole, problems);
    }

    private void removeNodes(DesignId id, List<String> deleted, List<String> problems) {
        for (String name : deleted) {
            Path node = Planner.nodePath(tapDir, id, name);
            try {
                nodes.remove(node);
            } catch (IOException e) {
                problems.add("removing " + node + ": " + e.getMessage());
            }
        }
        // the design's directory, then the tap directory itself once no design has nodes there
        for (Path dir : List.of(tapDir.resolve(id.value()), tapDir)) {
            removeIfEmpty(dir, problems);
        }
    }

    private static void removeIfEmpty(Path dir, List<String> problems) {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            problems.add("removing " + dir + ": " + e.getMessage());
        }
    }
}
