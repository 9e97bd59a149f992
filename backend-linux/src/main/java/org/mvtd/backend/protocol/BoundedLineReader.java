package org.mvtd.backend.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads newline-terminated lines without ever holding more than {@code limit} bytes: a longer line is
 * skipped up to its newline and reported as {@link Line#overflow()}, so a hostile peer cannot grow memory.
 */
public final class BoundedLineReader {
    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int end;

    public BoundedLineReader(InputStream in, int limit) {
        this.in = Objects.requireNonNull(in, "in");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** One line read: its bytes (without the newline), or an overflow marker with the bytes it held. */
    public record Line(byte[] bytes, boolean overflow, long length) {
    }

    /** The next line, or null at end of input. A final line without newline still counts. */
    public Line next() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(out, length) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            if (length + n <= limit) {
                out.write(buf, start, n);
            }
            length += n;
            if (pos < end) {
                pos++; // the newline
                return finish(out, length);
            }
        }
    }

    private Line finish(ByteArrayOutputStream out, long length) {
        boolean overflow = length > limit;
        return new Line(overflow ? new byte[0] : out.toByteArray(), overflow, length);
    }
}
