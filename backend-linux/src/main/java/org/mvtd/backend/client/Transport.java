package org.mvtd.backend.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

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
    }

    Connection open() throws IOException;

    /** For messages: "pkexec /usr/libexec/...", "ssh kvm2 sudo ...". */
    String describe();
}
