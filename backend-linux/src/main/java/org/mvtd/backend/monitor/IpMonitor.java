package org.mvtd.backend.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.mvtd.backend.link.LinkEvent;
import org.mvtd.backend.ip.Ip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code ip -o monitor link} and hands every line on as a {@link LinkEvent}. A line it cannot read
 * (such as {@code netlink receive error No buffer space available}: events were lost) and a monitor that
 * died (restarted here) become a resync request.
 */
public final class IpMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IpMonitor.class);
    private final Ip ip;
    private final Consumer<LinkEvent> onEvent;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Process process;

    private IpMonitor(Ip ip, Consumer<LinkEvent> onEvent) {
        this.ip = ip;
        this.onEvent = onEvent;
        this.thread = new Thread(this::loop, "ip-monitor");
        this.thread.setDaemon(true);
    }

    public static IpMonitor start(Ip ip, Consumer<LinkEvent> onEvent) throws IOException {
        IpMonitor m = new IpMonitor(Objects.requireNonNull(ip, "ip"), Objects.requireNonNull(onEvent, "onEvent"));
        m.process = ip.spawn("-o", "monitor", "link");
        m.thread.start();
        return m;
    }

    private void loop() {
        while (!closed) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    onEvent.accept(MonitorLine.parse(line));
                }
            } catch (IOException e) {
                LOG.debug("ip monitor stream closed: {}", e.getMessage());
            }
            if (closed) {
                return;
            }
            LOG.warn("ip monitor ended; restarting it and resynchronising");
            try {
                process = ip.spawn("-o", "monitor", "link");
            } catch (IOException e) {
                LOG.error("cannot restart ip monitor: {}", e.getMessage());
                return;
            }
            onEvent.accept(LinkEvent.RESYNC);
        }
    }

    @Override
    public void close() {
        closed = true;
        Process p = process;
        if (p != null) {
            p.destroy();
        }
    }
}
