package org.mvtd.model.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Replaces a file's content all at once: readers see the old file or the new one, never a part. The
 * temporary file has the target's permissions before it holds a byte, and a new file gets the usual
 * umask-derived ones.
 */
public final class AtomicWrite {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicWrite() {
    }

    /** Writes {@code bytes} to {@code file} atomically and durably (the data and the rename are synced). */
    public static void write(Path file, byte[] bytes) throws IOException {
        java.util.Objects.requireNonNull(bytes, "bytes");
        write(file, ByteBuffer.wrap(bytes));
    }

    static void write(Path file, String text) throws IOException {
        // Encode first: text that cannot be written (an unpaired surrogate) must fail before any file is touched.
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IOException("cannot save " + file + ": the design holds text that is not valid Unicode", e);
        }
        write(file, bytes);
    }

    private static void write(Path file, ByteBuffer bytes) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("cannot save to " + file + ": it is a directory");
        }
        Path dir = target.getParent();
        boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        Path temp = createTemp(dir, target.getFileName().toString(), replacing);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // Before any byte is written, a 0600 design must never sit readable beside it, even briefly;
                // after the open, so a read-only (0444) target's mode does not lock us out of the temp file.
                if (replacing) {
                    copyPermissions(target, temp);
                }
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot save " + file + " atomically on this file system", e);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new, empty, uniquely named file beside the target. When it replaces a file it is created owner-only
     * (0600), so nobody else can open it before {@link #copyPermissions} gives it the target's mode; for a new
     * file it gets the process's default (umask-derived) permissions, as any program's new file does.
     */
    static Path createTemp(Path dir, String name, boolean ownerOnly) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".tmp");
            try {
                if (ownerOnly && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.newByteChannel(temp, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))).close();
                } else {
                    Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                }
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system: nothing to carry over
        }
        PosixFileAttributes attrs = view.readAttributes();
        Files.setPosixFilePermissions(to, attrs.permissions());
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        try {
            if (!target.readAttributes().group().equals(attrs.group())) {
                target.setGroup(attrs.group());
            }
            if (!target.readAttributes().owner().equals(attrs.owner())) {
                target.setOwner(attrs.owner());
            }
        } catch (IOException e) {
            // Only root may give a file away; like editors do, the saved file then belongs to whoever saved it.
        }
    }

    /** Makes the rename itself durable. Some file systems refuse to sync a directory; the data is synced already. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Best effort only: the file's own content was forced before the rename.
        }
    }
}
