package org.mvtd.backend.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Folds an apply's per-link "up" requests into one {@link LinkOp.UpGroup} of the design's group: the kernel then
 * brings up 1,000 links for one request and one ack instead of 1,000 of each. Only when it changes nothing else:
 * no op brings a link down, every link the batch creates is to come up, and every other member of the group is
 * either deleted by the plan, brought up by it, or already up.
 */
final class GroupUp {
    private GroupUp() {
    }

    /**
     * {@code ops} with their ups folded into one group request at the end (carried by the first up's item, {@code withOp} giving it the new op),
     * or {@code ops} unchanged when the fold could change a link the plan does not bring up.
     */
    static <T> List<T> fold(List<T> items, Function<T, LinkOp> opOf, BiFunction<T, LinkOp, T> withOp, long group,
                            List<LinkInfo> live) {
        Set<String> up = new HashSet<>();
        Set<String> added = new HashSet<>();
        Set<Integer> upIndexes = new HashSet<>();
        Set<Integer> deleted = new HashSet<>();
        for (T item : items) {
            LinkOp op = opOf.apply(item);
            if (op instanceof LinkOp.Configure c && c.up() != null) {
                if (!c.up()) {
                    return items;
                }
                up.add(c.name());
                upIndexes.add(c.ifindex());
            } else if (op instanceof LinkOp.Add a) {
                added.add(a.name());
            } else if (op instanceof LinkOp.Delete d) {
                deleted.add(d.ifindex());
            } else if (op instanceof LinkOp.ByGroup) {
                return items;
            }
        }
        boolean othersStay = live.stream().filter(l -> l.group() == group)
                .allMatch(l -> deleted.contains(l.ifindex()) || upIndexes.contains(l.ifindex()) || l.adminUp());
        if (group <= 0 || up.size() < 2 || !up.containsAll(added) || !othersStay) {
            return items;
        }
        List<T> out = new ArrayList<>(items.size());
        T first = null;
        for (T item : items) {
            if (opOf.apply(item) instanceof LinkOp.Configure c && c.up() != null) {
                first = first == null ? item : first;
                if (c.alias() != null || c.addrGen() != null || c.allMulti() != null) {
                    out.add(withOp.apply(item, new LinkOp.Configure(c.ifindex(), c.name(), c.alias(), c.addrGen(),
                            c.allMulti(), null)));
                }
            } else {
                out.add(item);
            }
        }
        out.add(withOp.apply(first, new LinkOp.UpGroup(group)));
        return out;
    }
}
