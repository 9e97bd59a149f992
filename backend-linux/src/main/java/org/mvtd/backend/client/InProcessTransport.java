package org.mvtd.backend.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.mvtd.backend.helper.HelperConfig;
import org.mvtd.backend.helper.HelperSession;

/**
 * The real helper's request handler run on a thread of this process over pipes, with whatever kernel the
 * config holds: tests (and the app's tests, with a fake kernel) speak the real protocol without root.
 */
public final class InProcessTransport implements Transport {
    private static final int PIPE = 1 << 16;
    private final HelperConfig config;

    public InProcessTransport(HelperConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String describe() {
        return "in-process helper";
    }

    @Override
    public Connection open() throws IOException {
        Pipe down = new Pipe(PIPE);
        Pipe up = new Pipe(PIPE);
        InputStream helperIn = down.in;
        OutputStream toHelper = down.out;
        InputStream fromHelper = up.in;
        OutputStream helperOut = up.out;
        Thread t = new Thread(() -> {
            try (helperIn; helperOut) {
                new HelperSession(config, helperIn, helperOut, List.of()).run();
            } catch (IOException e) {
                // the client closed its end; the session is over either way
            }
        }, "in-process-helper");
        t.setDaemon(true);
        t.start();
        return new Connection() {
            @Override
            public InputStream fromHelper() {
                return fromHelper;
            }

            @Override
            public OutputStream toHelper() {
                return toHelper;
            }

            @Override
            public String diagnostics() {
                return "";
            }

            @Override
            public void close() {
                try {
                    toHelper.close();
                    t.join(5000);
                    fromHelper.close();
                } catch (IOException e) {
                    // already closed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
