package org.mvtd.app.ui.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.mvtd.backend.client.InProcessTransport;
import org.mvtd.backend.client.Transport;
import org.mvtd.backend.helper.HelperConfig;
import org.mvtd.backend.helper.InProcessHelpers;
import org.mvtd.backend.link.FakeKernel;

/**
 * The real helper session in-process over a fake kernel, speaking the real protocol, as a launcher the
 * live view model can use; {@link #crash()} ends the helper's side as a dying process would.
 */
final class FakeHelper implements PlainLauncher {
    final FakeKernel kernel;
    private final HelperConfig config;
    private final AtomicReference<Transport.Connection> current = new AtomicReference<>();

    FakeHelper(FakeKernel kernel) {
        this.kernel = kernel;
        try {
            this.config = InProcessHelpers.config(kernel, OptionalInt.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakeHelper withEth0() {
        return new FakeHelper(FakeKernel.withDevices("eth0"));
    }

    @Override
    public String describe() {
        return "in-process helper";
    }

    @Override
    public Transport transport() {
        InProcessTransport inner = new InProcessTransport(config);
        return new Transport() {
            @Override
            public Connection open() throws IOException {
                Connection c = inner.open();
                current.set(c);
                return c;
            }

            @Override
            public String describe() {
                return inner.describe();
            }
        };
    }

    /** The helper's output ends at once (the client's reader sees the pipe closed), whatever it is doing. */
    void cutOutput() throws IOException {
        Transport.Connection c = current.get();
        if (c != null) {
            c.fromHelper().close();
        }
    }

    /** The helper dies: its input and output end, without a reply or a goodbye. */
    void crash() {
        Transport.Connection c = current.get();
        if (c != null) {
            c.close();
        }
    }
}
