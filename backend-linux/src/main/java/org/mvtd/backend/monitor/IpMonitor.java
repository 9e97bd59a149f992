package org.mvtd.backend.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.mvtd.backend.ip.Ip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code ip -o monitor link} and calls back on every line. The line's content is not trusted for
 * state: the callback re-reads with a full dump, which also covers {@code No buffer space available}
 * (events lost) and a monitor that died (restarted here, followed by a resync).
 */
public final class IpMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IpMonitor.class);
    private final Ip ip;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Process process;

    private IpMonitor(Ip ip, Runnable onChange) {
        this.ip = ip;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "ip-monitor");
        this.thread.setDaemon(true);
    }

    public static IpMonitor start(Ip ip, Runnable onChange) throws IOException {
        IpMonitor m = new IpMonitor(Objects.requireNonNull(ip, "ip"), Objects.requireNonNull(onChange, "onChange"));
        m.process = ip.spawn("-o", "monitor", "link");
        m.thread.start();
        return m;
    }

    private void loop() {
        while (!closed) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    onChange.run();
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
            onChange.run();
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
