package org.mvtd.backend.lab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A "newc" cpio archive, the format the kernel unpacks as an initramfs: directories and regular files only,
 * owned by root. Written here so building a guest's initramfs needs no cpio tool.
 */
final class Cpio {
    private static final int DIR = 0040000;
    private static final int FILE = 0100000;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
    private int ino = 1;
    private boolean finished;

    Cpio dir(String path) {
        entry(path, DIR | 0755, new byte[0]);
        return this;
    }

    Cpio file(String path, int mode, byte[] data) {
        entry(path, FILE | mode, Objects.requireNonNull(data, "data"));
        return this;
    }

    /** The archive, ending with the trailer entry. */
    byte[] finish() {
        if (!finished) {
            entry("TRAILER!!!", 0, new byte[0]);
            finished = true;
        }
        return out.toByteArray();
    }

    private void entry(String path, int mode, byte[] data) {
        if (finished) {
            throw new IllegalStateException("archive already finished");
        }
        byte[] name = (path + "\0").getBytes(StandardCharsets.UTF_8);
        int nlink = (mode & DIR) != 0 ? 2 : 1;
        int[] fields = {path.equals("TRAILER!!!") ? 0 : ino++, mode, 0, 0, nlink, 0, data.length, 0, 0, 0, 0, name.length, 0};
        StringBuilder h = new StringBuilder("070701");
        for (int f : fields) {
            h.append(String.format("%08x", f));
        }
        out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(name);
        pad();
        out.writeBytes(data);
        pad();
    }

    private void pad() {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
    }
}
