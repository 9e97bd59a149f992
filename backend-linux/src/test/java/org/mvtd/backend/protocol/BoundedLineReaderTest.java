package org.mvtd.backend.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
    @Test
    void splitsLinesAndKeepsAFinalLineWithoutNewline() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new ByteArrayInputStream("a\nbc\n\nd".getBytes(StandardCharsets.UTF_8)), 10);
        assertThat(new String(r.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("a");
        assertThat(new String(r.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("bc");
        assertThat(r.next().bytes()).isEmpty();
        assertThat(new String(r.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("d");
        assertThat(r.next()).isNull();
    }

    @Test
    void overlongLineIsSkippedWithoutBeingHeldAndTheNextLineStillReads() throws IOException {
        // 64 MiB of 'x' generated on the fly: the reader must never hold more than its limit
        long big = 64L << 20;
        InputStream endless = new InputStream() {
            long n;

            @Override
            public int read() {
                n++;
                if (n <= big) {
                    return 'x';
                }
                return n == big + 1 ? '\n' : n == big + 2 ? 'o' : n == big + 3 ? 'k' : -1;
            }
        };
        BoundedLineReader r = new BoundedLineReader(endless, 1 << 20);
        BoundedLineReader.Line l = r.next();
        assertThat(l.overflow()).isTrue();
        assertThat(l.length()).isEqualTo(big);
        assertThat(l.bytes()).isEmpty();
        assertThat(new String(r.next().bytes(), StandardCharsets.US_ASCII)).isEqualTo("ok");
    }

    @Test
    void lineOfExactlyTheLimitIsAccepted() throws IOException {
        byte[] data = ("y".repeat(100) + "\n").getBytes(StandardCharsets.US_ASCII);
        BoundedLineReader.Line l = new BoundedLineReader(new ByteArrayInputStream(data), 100).next();
        assertThat(l.overflow()).isFalse();
        assertThat(l.bytes()).hasSize(100);
    }
}
