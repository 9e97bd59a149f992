package org.mvtd.backend.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * How a client reaches a helper: a byte stream each way. The protocol ({@link HelperClient}) knows nothing
 * of how the helper was started: a local process, pkexec, {@code ssh HOST sudo HELPER}, or an in-process one.
 */
public interface Transport {
    /** An open connection; closing it ends the helper's input and releases the process, if any. */
    interface Connection extends AutoCloseable {
        InputStream fromHelper();

        OutputStream toHelper();

        /** Whatever the helper said on stderr so far (for error messages), possibly empty. */
        String diagnostics();

        @Override
        void close();

        /** This connection with its diagnostics rewritten (e.g. ssh's words explained); the streams stay. */
        default Connection withDiagnostics(UnaryOperator<String> explain) {
            return new DecoratedConnection(this, fromHelper(), explain);
        }

        /** This connection reading the helper through {@code in} (e.g. a stream that notices the end). */
        default Connection readingThrough(InputStream in) {
            return new DecoratedConnection(this, in, UnaryOperator.identity());
        }
    }

    Connection open() throws IOException;

    /** For messages: "pkexec /usr/libexec/...", "ssh kvm2 sudo ...". */
    String describe();
}
