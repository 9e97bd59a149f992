package org.mvtd.app.ui.live.connect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.mvtd.backend.client.Transport;

/**
 * Wraps a transport so the app learns when the helper's output ends (a crash, a kill, an exit): the
 * client's reader thread hits end of stream and this calls {@code onEnd} once, with the diagnostics.
 */
public final class Lifeline implements Transport {
    private final Transport inner;
    private final Consumer<String> onEnd;

    public Lifeline(Transport inner, Consumer<String> onEnd) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.onEnd = Objects.requireNonNull(onEnd, "onEnd");
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public Connection open() throws IOException {
        Connection c = inner.open();
        AtomicBoolean ended = new AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                onEnd.accept(c.diagnostics());
            }
        };
        InputStream watched = new FilterInputStream(c.fromHelper()) {
            @Override
            public int read() throws IOException {
                try {
                    return check(super.read());
                } catch (IOException e) {
                    end.run();
                    throw e;
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return check(super.read(b, off, len));
                } catch (IOException e) {
                    end.run();
                    throw e;
                }
            }

            private int check(int n) {
                if (n < 0) {
                    end.run();
                }
                return n;
            }
        };
        return c.readingThrough(watched);
    }
}
