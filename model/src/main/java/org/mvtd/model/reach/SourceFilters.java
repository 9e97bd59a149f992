package org.mvtd.model.reach;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.mvtd.model.MacvlanMode;

/**
 * Source mode as macvlan's receive handler applies it (macvlan_forward_source): before anything else, every
 * frame whose source MAC a source endpoint of the receiving device lists is copied to that endpoint, and with
 * {@code nodst} it is consumed there, so nobody else on the device gets it. A source endpoint gets nothing
 * else: unicast for its own MAC from an unlisted sender is passed to the host stack (which drops it), and the
 * ordinary broadcast fan-out skips source endpoints. Only endpoints with a {@code mac} in the design can be
 * listed senders; stations and host stacks have no MAC in the format.
 */
final class SourceFilters {
    private final Topology t;
    /** Per node: its MAC in lower case when the design gives one, else null. */
    private final String[] mac;
    /** Per node: a source endpoint's listed senders, lower case; null for other nodes. */
    private final List<Set<String>> listed;
    private final boolean[] nodst;
    final boolean any;
    /** The source endpoints, the nodst ones among them, and every node with a MAC (a possible listed sender). */
    final int[] sourceNodes;
    private final int[] nodstNodes;
    final int[] macNodes;

    SourceFilters(Topology t, String[] mac, List<Set<String>> listed, boolean[] nodst) {
        this.t = t;
        this.mac = mac;
        this.listed = listed;
        this.nodst = nodst;
        this.sourceNodes = IntStream.range(0, t.n).filter(this::isSource).toArray();
        this.nodstNodes = Arrays.stream(sourceNodes).filter(i -> nodst[i]).toArray();
        this.macNodes = IntStream.range(0, t.n).filter(i -> mac[i] != null).toArray();
        this.any = sourceNodes.length > 0;
    }

    /** Does a nodst source endpoint sit on device {@code dev}? */
    boolean consumesOn(int dev) {
        for (int i : nodstNodes) {
            if (t.nodeDev[i] == dev) {
                return true;
            }
        }
        return false;
    }

    /** The devices whose nodst source endpoints take {@code s}'s frames. */
    int[] consumingDevices(int s) {
        return Arrays.stream(nodstNodes).filter(i -> t.nodeDev[i] >= 0 && lists(i, s)).map(i -> t.nodeDev[i])
                .distinct().toArray();
    }

    boolean isSource(int i) {
        return t.isEndpoint(i) && t.mode[i] == MacvlanMode.SOURCE;
    }

    /** Does source endpoint {@code d} list {@code s}'s MAC? */
    boolean lists(int d, int s) {
        Set<String> l = listed.get(d);
        return l != null && mac[s] != null && l.contains(mac[s]);
    }

    /**
     * The nodst source endpoint on device {@code dev} that consumes frames from {@code s}, or -1. The kernel
     * consumes even while that endpoint is down (the source list belongs to the port, not the open link).
     */
    int consumer(int s, int dev) {
        if (!any || dev < 0 || mac[s] == null) {
            return -1;
        }
        for (int i = t.devStart[dev]; i < t.devEnd[dev]; i++) {
            if (nodst[i] && isSource(i) && lists(i, s)) {
                return i;
            }
        }
        return -1;
    }
}
