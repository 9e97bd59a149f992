package org.mvtd.backend.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * A bounded in-memory byte pipe for the in-process transport. Unlike {@code PipedInputStream} it does not
 * care which threads write (the helper's replies and events come from different threads) and never polls.
 */
final class Pipe {
    private final byte[] buf;
    private int head;
    private int size;
    private boolean writerClosed;
    private boolean readerClosed;

    Pipe(int capacity) {
        buf = new byte[capacity];
    }

    final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            synchronized (Pipe.this) {
                while (size == 0 && !writerClosed && !readerClosed) {
                    await();
                }
                if (readerClosed) {
                    throw new IOException("pipe closed");
                }
                if (size == 0) {
                    return -1;
                }
                int n = Math.min(len, size);
                for (int i = 0; i < n; i++) {
                    b[off + i] = buf[(head + i) % buf.length];
                }
                head = (head + n) % buf.length;
                size -= n;
                Pipe.this.notifyAll();
                return n;
            }
        }

        @Override
        public void close() {
            synchronized (Pipe.this) {
                readerClosed = true;
                Pipe.this.notifyAll();
            }
        }
    };

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (Pipe.this) {
                int done = 0;
                while (done < len) {
                    while (size == buf.length && !readerClosed && !writerClosed) {
                        await();
                    }
                    if (readerClosed || writerClosed) {
                        throw new IOException("pipe closed");
                    }
                    int n = Math.min(len - done, buf.length - size);
                    for (int i = 0; i < n; i++) {
                        buf[(head + size + i) % buf.length] = b[off + done + i];
                    }
                    size += n;
                    done += n;
                    Pipe.this.notifyAll();
                }
            }
        }

        @Override
        public void close() {
            synchronized (Pipe.this) {
                writerClosed = true;
                Pipe.this.notifyAll();
            }
        }
    };

    private void await() throws InterruptedIOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }
}
