package org.mvtd.backend.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk record of applies in progress, one file per design ({@code apply-ID.json}), written and
 * fsynced (file and directory) before the first kernel change and removed once the apply is complete or
 * undone. A helper that finds one at start-up was killed half way and finishes the undo.
 */
public final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public Journal(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    public Path dir() {
        return dir;
    }

    private Path file(String designId) {
        return dir.resolve("apply-" + designId + ".json");
    }

    public void write(JournalEntry entry) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(".apply-" + entry.designId() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(entry)));
            ch.force(true);
        }
        Files.move(tmp, file(entry.designId()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDir();
    }

    public void clear(String designId) throws IOException {
        Files.deleteIfExists(file(designId));
        syncDir();
    }

    /** Every unfinished apply; unreadable files are logged and left for a person to inspect. */
    public List<JournalEntry> pending() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<JournalEntry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.filter(f -> f.getFileName().toString().matches("apply-[a-z0-9-]+\\.json"))::iterator) {
                try {
                    out.add(JSON.readValue(p.toFile(), JournalEntry.class));
                } catch (IOException e) {
                    LOG.error("unreadable journal {}: {}", p, e.getMessage());
                }
            }
        }
        return out;
    }

    private void syncDir() throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
