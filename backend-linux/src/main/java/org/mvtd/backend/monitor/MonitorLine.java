package org.mvtd.backend.monitor;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.link.LinkInfo;

/**
 * Reads one line of {@code ip -o monitor link} (iproute2 prints text even with {@code -json}):
 * {@code 4: mvt0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc ... state UP ... link/ether MAC ...},
 * or {@code Deleted 4: ...}. Anything else (e.g. {@code netlink receive error No buffer space available})
 * asks for a resync.
 */
public final class MonitorLine {
    private static final Pattern HEAD = Pattern.compile("^(Deleted )?(\\d+): ([^:@\\s]+)(?:@[^:\\s]*)?: <([^>]*)>(.*)$");
    private static final Pattern MTU = Pattern.compile(" mtu (\\d+)");
    private static final Pattern STATE = Pattern.compile(" state (\\S+)");
    private static final Pattern MAC = Pattern.compile("link/\\S+ ([0-9a-f]{2}(?::[0-9a-f]{2}){5})");

    private MonitorLine() {
    }

    public static LinkEvent parse(String line) {
        Matcher m = HEAD.matcher(line);
        if (!m.matches()) {
            return LinkEvent.RESYNC;
        }
        String name = m.group(3);
        if (m.group(1) != null) {
            return LinkEvent.deleted(name);
        }
        String rest = m.group(5);
        List<String> flags = m.group(4).isEmpty() ? List.of() : Arrays.asList(m.group(4).split(","));
        Matcher mtu = MTU.matcher(rest);
        Matcher state = STATE.matcher(rest);
        Matcher mac = MAC.matcher(rest);
        if (!mtu.find() || !state.find()) {
            return LinkEvent.RESYNC;
        }
        return LinkEvent.changed(new LinkInfo(Integer.parseInt(m.group(2)), name, null, null, null,
                mac.find() ? mac.group(1) : null, state.group(1), flags, Integer.parseInt(mtu.group(1)), 0, null, null));
    }
}
