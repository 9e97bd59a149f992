package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.LinkStateListener;
import org.mvtd.backend.client.Subscription;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.model.Design;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"A live table of the host's devices and endpoints: state, carrier, MTU, MAC and counters,",
            "updated in place as the kernel reports changes (counters once a second). Ctrl-C stops."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped after --duration", "1:the design has errors",
            "2:bad usage: unreadable file, unknown host", "3:the helper could not be started or authorised",
            "70:internal error", "130:stopped with Ctrl-C (the helper is told bye first)"})
public final class WatchCommand implements java.util.concurrent.Callable<Integer> {
    /** Redraw at most this often, however fast events come. */
    private static final long FRAME_MILLIS = 100;

    @Mixin
    HelperOptions helper;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: until Ctrl-C).")
    Long duration;

    @Option(names = "--plain", description = "Print a new table per update instead of redrawing in place (no ANSI).")
    boolean plain;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = helper.out();
        Design d = helper.design();
        HelperClient c = helper.connect();
        Map<String, LinkState> rows = new LinkedHashMap<>();
        AtomicBoolean dirty = new AtomicBoolean();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            c.close();
            out.print(plain ? "" : "\u001b[?25h");
            out.println();
            out.flush();
        }, "watch-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Subscription s = c.subscribe(d, helper.host(), new LinkStateListener() {
                @Override
                public void state(LinkState state, boolean initial) {
                    synchronized (rows) {
                        rows.put(state.name(), state);
                    }
                    dirty.set(true);
                }

                @Override
                public void failed(String reason) {
                    helper.err().println("macvtap-designer: link state: " + reason);
                }
            });
            synchronized (rows) {
                s.links().forEach(n -> rows.putIfAbsent(n, LinkState.absent(n)));
            }
            LinkTable table = new LinkTable(out, !plain);
            long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(duration);
            if (!plain) {
                out.print("\u001b[?25l");
            }
            while (System.nanoTime() < end) {
                if (dirty.getAndSet(false)) {
                    List<LinkState> snapshot;
                    synchronized (rows) {
                        snapshot = List.copyOf(rows.values());
                    }
                    table.draw(snapshot);
                }
                if (stop.await(Math.min(FRAME_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))),
                        TimeUnit.MILLISECONDS)) {
                    return ExitCodes.OK;
                }
            }
            if (!plain) {
                out.print("\u001b[?25h");
            }
            out.flush();
            s.close();
        } catch (HelperException e) {
            throw HelperOptions.refused(e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                c.close();
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook closes the helper
            }
        }
        return ExitCodes.OK;
    }
}
