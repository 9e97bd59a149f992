package org.mvtd.backend.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An in-memory kernel that interprets {@link LinkOp}s the way the real one answers them (same refusals and
 * reasons), for tests that need no root: this module's and the app's (through the test jar), where the real
 * helper session runs in-process over pipes.
 */
public final class FakeKernel implements Kernel {
    private final Map<String, LinkInfo> links = new LinkedHashMap<>();
    private final List<LinkEventSink> watchers = new CopyOnWriteArrayList<>();
    private int nextIndex = 1;
    private int changes;
    private Predicate<LinkOp> refuse = op -> false;
    private final List<Integer> addressed = new ArrayList<>();
    private final List<LinkOp> sent = new ArrayList<>();
    private final Map<Integer, String> lowerMacs = new HashMap<>();

    /** A kernel holding a loopback and an up ethernet device per name. */
    public static FakeKernel withDevices(String... names) {
        FakeKernel k = new FakeKernel();
        k.put(new LinkInfo(k.nextIndex++, "lo", "", null, null, "00:00:00:00:00:00", "UNKNOWN", List.of("LOOPBACK", "UP", "LOWER_UP"),
                65536, 0, null, LinkStats.ZERO));
        for (String n : names) {
            k.put(new LinkInfo(k.nextIndex++, n, "", null, null, mac(k.nextIndex), "UP",
                    List.of("BROADCAST", "MULTICAST", "UP", "LOWER_UP"), 1500, 0, null, LinkStats.ZERO));
        }
        return k;
    }

    /** Adds or replaces a link as someone else would (no op counted). */
    public synchronized void put(LinkInfo l) {
        links.put(l.name(), l);
        nextIndex = Math.max(nextIndex, l.ifindex() + 1);
        notifyWatchers();
    }

    /** A foreign link of {@code kind} on {@code lower}, not made by us. */
    public synchronized LinkInfo putForeign(String name, String kind, String lower, String mode) {
        int lowerIndex = lower == null || !links.containsKey(lower) ? 0 : links.get(lower).ifindex();
        LinkInfo l = new LinkInfo(nextIndex++, name, kind, mode, lower, mac(nextIndex), "DOWN",
                List.of("BROADCAST", "MULTICAST"), 1500, 0, null, LinkStats.ZERO, lowerIndex, LinkInfo.ARPHRD_ETHER);
        put(l);
        return l;
    }

    /** Makes the kernel refuse ops matching {@code p} with "Operation not permitted". */
    public synchronized void refuse(Predicate<LinkOp> p) {
        refuse = p;
    }

    /** How many ops changed something so far. */
    public synchronized int changes() {
        return changes;
    }

    public synchronized Optional<LinkInfo> link(String name) {
        return Optional.ofNullable(links.get(name));
    }

    @Override
    public synchronized List<LinkInfo> links() {
        return new ArrayList<>(links.values());
    }

    @Override
    public synchronized BatchResult run(List<LinkOp> ops, boolean keepGoing) {
        List<BatchResult.Failure> failures = new ArrayList<>();
        Map<String, Integer> created = new HashMap<>();
        sent.addAll(ops);
        for (int i = 0; i < ops.size(); i++) {
            String why = refuse.test(ops.get(i)) ? "RTNETLINK answers: Operation not permitted" : apply(ops.get(i), created);
            if (why != null) {
                failures.add(new BatchResult.Failure(i, why));
                if (!keepGoing) {
                    break;
                }
            } else {
                changes++;
                addressed.add(ops.get(i) instanceof LinkOp.Add a ? a.lowerIndex() : index(ops.get(i), created));
            }
        }
        notifyWatchers();
        return new BatchResult(ops.size(), failures);
    }

    /** Every op this kernel was sent, in order. */
    public synchronized List<LinkOp> sent() {
        return List.copyOf(sent);
    }

    /** Every ifindex an op that succeeded addressed (a create: its lower), in order. */
    public synchronized List<Integer> addressed() {
        return List.copyOf(addressed);
    }

    /** The ifindex an op addresses, as the rtnetlink adapter resolves it: its own, or its create's in this batch. */
    private static int index(LinkOp op, Map<String, Integer> created) {
        return op.ifindex() != 0 ? op.ifindex() : created.getOrDefault(op.name(), 0);
    }

    private LinkInfo byIndex(int ifindex) {
        return links.values().stream().filter(l -> l.ifindex() == ifindex).findFirst().orElse(null);
    }

    private String apply(LinkOp op, Map<String, Integer> created) {
        if (op instanceof LinkOp.Add a) {
            if (links.containsKey(a.name())) {
                return "RTNETLINK answers: File exists";
            }
            LinkInfo lower = byIndex(a.lowerIndex());
            if (lower == null) {
                return "RTNETLINK answers: No such device";
            }
            boolean passthru = a.mode() == org.mvtd.model.MacvlanMode.PASSTHRU;
            if (a.requested() > 0 && byIndex(a.requested()) != null) {
                return "RTNETLINK answers: Device or resource busy";
            }
            // like the kernel: the ifindex asked for, else the next one up
            int ifindex = a.requested() > 0 ? a.requested() : nextIndex++;
            nextIndex = Math.max(nextIndex, ifindex + 1);
            // like the kernel: a passthru link takes its lower's MAC, whatever the create asked for
            links.put(a.name(), new LinkInfo(ifindex, a.name(), a.type().kernelName(), a.mode().kernelName(), lower.name(),
                    passthru ? lower.mac() : a.mac() != null ? a.mac() : mac(ifindex), "DOWN", List.of("BROADCAST", "MULTICAST"),
                    1500, a.group(), null, LinkStats.ZERO, lower.ifindex(), LinkInfo.ARPHRD_ETHER));
            created.put(a.name(), ifindex);
            return null;
        }
        if (op instanceof LinkOp.UpGroup u) {
            links.values().stream().filter(l -> l.group() == u.group()).toList()
                    .forEach(l -> apply(new LinkOp.Configure(l.ifindex(), l.name(), null, null, null, true), created));
            return null;
        }
        if (op instanceof LinkOp.DeleteGroup g) {
            links.values().stream().filter(l -> l.group() == g.group()).toList().forEach(this::remove);
            return null;
        }
        int ifindex = index(op, created);
        LinkInfo l = byIndex(ifindex);
        if (l == null) {
            return ifindex == 0 ? "not run: " + op.name() + " was not created by this batch" : "RTNETLINK answers: No such device";
        }
        if (op instanceof LinkOp.Configure c) {
            boolean up = c.up() == null ? l.adminUp() : c.up();
            List<String> flags = new java.util.ArrayList<>(up ? List.of("BROADCAST", "MULTICAST", "UP", "LOWER_UP")
                    : List.of("BROADCAST", "MULTICAST"));
            if (c.allMulti() != null ? c.allMulti() : l.flags().contains("ALLMULTI")) {
                flags.add("ALLMULTI");
            }
            links.put(l.name(), new LinkInfo(l.ifindex(), l.name(), l.kind(), l.mode(), l.lower(), l.mac(), up ? "UP" : "DOWN",
                    flags, l.mtu(), l.group(), c.alias() != null ? c.alias() : l.alias(), l.stats(), l.lowerIndex(), l.hwType()));
            return null;
        }
        if (op instanceof LinkOp.SetAddress s) {
            links.put(l.name(), withMac(l, s.mac()));
            if ("passthru".equals(l.mode())) {
                // like the kernel: a passthru link's MAC is its lower's
                LinkInfo lower = byIndex(l.lowerIndex());
                if (lower != null) {
                    lowerMacs.putIfAbsent(lower.ifindex(), lower.mac());
                    links.put(lower.name(), withMac(lower, s.mac()));
                }
            }
            return null;
        }
        remove(l);
        return null;
    }

    private void remove(LinkInfo l) {
        links.remove(l.name());
        LinkInfo lower = byIndex(l.lowerIndex());
        String own = "passthru".equals(l.mode()) ? lowerMacs.remove(l.lowerIndex()) : null;
        if (own != null && lower != null) {
            links.put(lower.name(), withMac(lower, own)); // the kernel gives the lower its own MAC back
        }
    }

    private static LinkInfo withMac(LinkInfo l, String mac) {
        return new LinkInfo(l.ifindex(), l.name(), l.kind(), l.mode(), l.lower(), mac, l.operstate(), l.flags(), l.mtu(),
                l.group(), l.alias(), l.stats(), l.lowerIndex(), l.hwType());
    }

    @Override
    public synchronized Optional<DevNumber> tapDevice(String ifname) {
        LinkInfo l = links.get(ifname);
        return l != null && l.kind().equals("macvtap") ? Optional.of(new DevNumber(240, l.ifindex())) : Optional.empty();
    }

    @Override
    public AutoCloseable watch(LinkEventSink onEvent) throws IOException {
        watchers.add(onEvent);
        return () -> watchers.remove(onEvent);
    }

    /**
     * This kernel with its event feed replaced by {@code feed}, which gets the watcher and returns what stops
     * it: for tests that push events by hand or in a storm rather than as this fake's changes.
     */
    public Kernel withFeed(Function<LinkEventSink, AutoCloseable> feed) {
        Objects.requireNonNull(feed, "feed");
        return new Kernel() {
            @Override
            public List<LinkInfo> links() {
                return FakeKernel.this.links();
            }

            @Override
            public BatchResult run(List<LinkOp> ops, boolean keepGoing) {
                return FakeKernel.this.run(ops, keepGoing);
            }

            @Override
            public Optional<DevNumber> tapDevice(String ifname) {
                return FakeKernel.this.tapDevice(ifname);
            }

            @Override
            public AutoCloseable watch(LinkEventSink onEvent) {
                return feed.apply(onEvent);
            }
        };
    }

    /** Like a monitor that lost events: the watchers re-read everything. */
    private void notifyWatchers() {
        watchers.forEach(w -> w.accept(LinkEvent.RESYNC));
    }

    private static String mac(int n) {
        return String.format("02:00:00:00:%02x:%02x", (n >> 8) & 0xff, n & 0xff);
    }
}
