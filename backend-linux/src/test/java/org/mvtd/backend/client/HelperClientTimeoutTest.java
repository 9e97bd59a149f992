package org.mvtd.backend.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.helper.InProcessHelpers;
import org.mvtd.backend.link.FakeKernel;

/** HelperClient.call has a time limit: a helper that never answers cannot hang the app or the CLI. */
class HelperClientTimeoutTest {

    /** A helper that reads everything and never says a word, until closed. */
    private static final class SilentHelper implements Transport {
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public Connection open() {
            return new Connection() {
                @Override
                public InputStream fromHelper() {
                    return new InputStream() {
                        @Override
                        public int read() {
                            try {
                                closed.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return -1;
                        }
                    };
                }

                @Override
                public OutputStream toHelper() {
                    return new ByteArrayOutputStream();
                }

                @Override
                public String diagnostics() {
                    return "";
                }

                @Override
                public void close() {
                    closed.countDown();
                }
            };
        }

        @Override
        public String describe() {
            return "a helper that never answers";
        }
    }

    @Test
    void aHelperThatNeverAnswersHelloTimesOutAndIsClosed() {
        SilentHelper silent = new SilentHelper();
        long start = System.nanoTime();
        assertThatThrownBy(() -> HelperClient.connect(silent, OptionalInt.empty(), Duration.ofMillis(300), Duration.ofMillis(300)))
                .isInstanceOf(HelperException.class)
                .hasMessageContaining("did not answer 'hello' within 300 ms")
                .satisfies(e -> assertThat(((HelperException) e).code()).isEqualTo(HelperException.UNREACHABLE));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(ms).isBetween(300L, 5_000L);
        assertThat(silent.closed.getCount()).as("the connection is closed").isZero();
    }

    @Test
    void aHelperThatAnswersIsNotCutShort() throws Exception {
        FakeKernel kernel = FakeKernel.withDevices("eth0");
        try (HelperClient c = HelperClient.connect(InProcessHelpers.transport(kernel), OptionalInt.empty(),
                Duration.ofSeconds(10), Duration.ofSeconds(10))) {
            assertThat(c.list()).extracting(l -> l.name()).contains("eth0");
        }
    }
}
