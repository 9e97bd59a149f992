package org.mvtd.backend.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A connection seen through another input stream or other diagnostics; closing closes the one it wraps. */
final class DecoratedConnection implements Transport.Connection {
    private final Transport.Connection inner;
    private final InputStream fromHelper;
    private final UnaryOperator<String> explain;

    DecoratedConnection(Transport.Connection inner, InputStream fromHelper, UnaryOperator<String> explain) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.fromHelper = Objects.requireNonNull(fromHelper, "fromHelper");
        this.explain = Objects.requireNonNull(explain, "explain");
    }

    @Override
    public InputStream fromHelper() {
        return fromHelper;
    }

    @Override
    public OutputStream toHelper() {
        return inner.toHelper();
    }

    @Override
    public String diagnostics() {
        return explain.apply(inner.diagnostics());
    }

    @Override
    public void close() {
        inner.close();
    }
}
