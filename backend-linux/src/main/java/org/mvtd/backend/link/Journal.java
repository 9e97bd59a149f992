package org.mvtd.backend.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mvtd.backend.sys.SafeDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk record of applies in progress, one file per design ({@code apply-ID.json}), written and
 * fsynced (file and directory) before the first kernel change and removed once the apply is complete or
 * undone. A helper that finds one at start-up was killed half way and finishes the undo.
 *
 * <p>The journal is input to a root process, so it is read as hostile: the directory must be ours (root),
 * mode 0700, not a symbolic link ({@link SafeDir}); an entry is only read from a regular 0600 file of ours of
 * bounded size, and decoded by the strict {@link Decoder} (the protocol's reader). An entry that cannot be
 * trusted or decoded, or whose restore failed, is moved to {@code quarantine/} with a {@code .reason} file
 * beside it: reported once, never replayed at every start.
 */
public final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An entry holds one snapshot per link a request names; a request line is at most 1 MiB. */
    public static final int MAX_ENTRY_BYTES = 16 << 20;
    static final String QUARANTINE = "quarantine";
    private static final Pattern ENTRY = Pattern.compile("apply-([a-z0-9-]{1,40})\\.json");
    private static final Pattern TEMPORARY = Pattern.compile("\\.apply-[a-z0-9-]{1,40}\\.tmp");
    /** Keeps two quarantines in one millisecond apart. */
    private static final AtomicInteger QUARANTINED = new AtomicInteger();
    private final Path dir;
    private final Decoder decoder;
    /** Entries this helper holds, by design id: the locked descriptor (another helper skips a locked entry). */
    private final Map<String, Integer> held = new ConcurrentHashMap<>();

    /** Reads an entry's bytes strictly; refuses with a message naming the field at fault. */
    @FunctionalInterface
    public interface Decoder {
        JournalEntry decode(byte[] json) throws InvalidEntryException;
    }

    /** An entry the decoder refused. */
    public static final class InvalidEntryException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidEntryException(String message) {
            super(Objects.requireNonNull(message, "message"));
        }
    }

    /** An entry read back and which file it came from. */
    public record Pending(String file, JournalEntry entry) {
        public Pending {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(entry, "entry");
        }
    }

    public Journal(Path dir, Decoder decoder) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    public Path dir() {
        return dir;
    }

    private SafeDir open(boolean create) throws IOException {
        return SafeDir.open(dir, 0700, 077, create);
    }

    private static String file(String designId) {
        return "apply-" + new DesignId(designId).value() + ".json";
    }

    /**
     * Writes the entry and keeps it locked until {@link #clear}: a second helper running at the same time (the
     * app's and a CLI's) must not take a running apply for a killed one and undo it.
     */
    public void write(JournalEntry entry) throws IOException {
        release(entry.designId());
        try (SafeDir d = open(true)) {
            held.put(entry.designId(), d.writeAtomicallyLocked(file(entry.designId()), ".apply-" + entry.designId() + ".tmp",
                    JSON.writeValueAsBytes(entry)));
        }
    }

    public void clear(String designId) throws IOException {
        try (SafeDir d = open(true)) {
            d.unlink(file(designId));
            d.fsync();
        } finally {
            release(designId);
        }
    }

    /** Lets go of every entry this helper holds, as the kernel does when a helper dies (tests simulate a kill). */
    public void releaseAll() {
        List.copyOf(held.keySet()).forEach(this::release);
    }

    private void release(String designId) {
        Integer fd = held.remove(designId);
        if (fd != null) {
            SafeDir.release(fd);
        }
    }

    /**
     * Every unfinished apply that can be trusted, in file-name order. Entries that cannot (wrong owner or mode,
     * too big, not a regular file, refused by the decoder, or naming another design than their file) are
     * quarantined with the reason and logged once. Refuses the whole journal when its directory is not safe.
     */
    public List<Pending> pending() throws IOException {
        List<Pending> out = new ArrayList<>();
        try (SafeDir d = open(true)) {
            for (String name : d.names()) {
                Matcher m = ENTRY.matcher(name);
                if (!m.matches()) {
                    continue;
                }
                if (held.containsKey(m.group(1))) {
                    continue;
                }
                int lock = d.tryLock(name);
                if (lock < 0) {
                    LOG.info("journal entry {} is held by a running helper: not a killed apply, left alone", d.path().resolve(name));
                    continue;
                }
                try {
                    JournalEntry e = decoder.decode(d.readTrusted(name, MAX_ENTRY_BYTES));
                    if (!e.designId().equals(m.group(1))) {
                        throw new InvalidEntryException("names design " + e.designId() + " but is the file of " + m.group(1));
                    }
                    held.put(e.designId(), lock);
                    out.add(new Pending(name, e));
                } catch (InvalidEntryException | IOException e) {
                    try {
                        quarantine(d, name, "untrusted or unreadable: " + e.getMessage());
                    } finally {
                        SafeDir.release(lock);
                    }
                }
            }
        }
        return out;
    }

    /** Moves {@code p}'s file to quarantine with {@code reason}: it will not be replayed again. */
    public void quarantine(Pending p, String reason) throws IOException {
        try (SafeDir d = open(true)) {
            quarantine(d, p.file(), reason);
        } finally {
            release(p.entry().designId());
        }
    }

    private void quarantine(SafeDir d, String name, String reason) throws IOException {
        String stamped = name + "." + Instant.now().toEpochMilli() + "-" + QUARANTINED.incrementAndGet();
        LOG.error("journal entry {} quarantined as {}/{}/{}: {}", d.path().resolve(name), d.path(), QUARANTINE, stamped, reason);
        try (SafeDir q = d.sub(QUARANTINE, true)) {
            q.writeAtomically(stamped + ".reason", "." + stamped + ".reason.tmp", (reason + "\n").getBytes(StandardCharsets.UTF_8));
            d.rename(name, q, stamped);
            q.fsync();
        }
        d.fsync();
    }

    /**
     * Removes the temporary files a killed helper left ({@code .apply-ID.tmp}): they never became an entry,
     * so no kernel change depends on them. Returns how many went.
     */
    public int removeStaleTemporaries() throws IOException {
        int n = 0;
        try (SafeDir d = open(true)) {
            for (String name : d.names()) {
                if (!TEMPORARY.matcher(name).matches()) {
                    continue;
                }
                int lock = d.tryLock(name);
                if (lock < 0) {
                    continue; // a running helper is writing it
                }
                try {
                    if (d.unlink(name)) {
                        LOG.info("removed stale temporary journal file {}", d.path().resolve(name));
                        n++;
                    }
                } finally {
                    SafeDir.release(lock);
                }
            }
            if (n > 0) {
                d.fsync();
            }
        }
        return n;
    }
}
