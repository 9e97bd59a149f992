package org.mvtd.backend.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.mvtd.backend.ip.Ip;
import org.mvtd.backend.ip.IpResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who owns each lab run: a marker {@code /run/mvtd-lab/RUNID.owner} holding the owner's pid and start
 * time, written before the run's first namespace and removed after its last ("kept" for a run left in
 * place on purpose). A leftover namespace is reaped only when its owner is provably gone (no such process, or a different process with the same pid),
 * so concurrent labs of live processes are never touched.
 */
public final class LabOwners {
    private static final Logger LOG = LoggerFactory.getLogger(LabOwners.class);
    private static final Path NETNS_DIR = Path.of("/run/netns");
    private static final String KEPT = "kept";
    private final Path dir;

    public LabOwners(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    public static LabOwners system() {
        return new LabOwners(Path.of("/run/mvtd-lab"));
    }

    public Path dir() {
        return dir;
    }

    /** Records this process as the owner of run {@code runId}. */
    public void claim(String runId) throws IOException {
        Files.createDirectories(dir);
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        Files.writeString(marker(runId), self.pid() + " " + start + "\n", StandardCharsets.US_ASCII);
    }

    /** Marks run {@code runId} as kept on purpose (--keep): never reaped; the user removes it. */
    public void markKept(String runId) throws IOException {
        Files.writeString(marker(runId), KEPT + "\n", StandardCharsets.US_ASCII);
    }

    public void release(String runId) throws IOException {
        Files.deleteIfExists(marker(runId));
    }

    /** The run's scratch directory (per-host tmpfs mount points live under it). */
    public Path scratch(String runId) {
        return dir.resolve(runId);
    }

    Path marker(String runId) {
        return dir.resolve(runId + ".owner");
    }

    /** True when the marker names a process that is still running (same pid and same start time), or the run was kept. */
    public boolean ownerAlive(String runId) {
        try {
            String text = Files.readString(marker(runId), StandardCharsets.US_ASCII).strip();
            if (text.equals(KEPT)) {
                return true;
            }
            String[] parts = text.split(" ");
            return alive(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IOException | RuntimeException e) {
            return false; // no readable marker: a run writes it before its first namespace
        }
    }

    static boolean alive(long pid, long startMillis) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        long actual = h.get().info().startInstant().map(Instant::toEpochMilli).orElse(startMillis);
        return startMillis == 0 || Math.abs(actual - startMillis) < 1000;
    }

    /** Lab namespaces grouped by run id. */
    static Map<String, List<String>> labNamespaces() throws IOException {
        Map<String, List<String>> runs = new TreeMap<>();
        if (!Files.isDirectory(NETNS_DIR)) {
            return runs;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(NETNS_DIR)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                LabNames.runOf(name).ifPresent(run -> runs.computeIfAbsent(run, k -> new ArrayList<>()).add(name));
            }
        }
        return runs;
    }

    /** Removes every namespace, scratch directory and marker of runs whose owner is dead; returns the namespaces removed. */
    public List<String> reapLeftovers() throws IOException {
        List<String> reaped = new ArrayList<>();
        for (Map.Entry<String, List<String>> run : labNamespaces().entrySet()) {
            if (ownerAlive(run.getKey())) {
                continue;
            }
            LOG.info("removing leftovers of dead lab run {}: {}", run.getKey(), run.getValue());
            deleteNamespaces(run.getValue());
            reaped.addAll(run.getValue());
            removeScratch(run.getKey());
            release(run.getKey());
        }
        // Markers of dead runs that never got a namespace, or lost them already.
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.owner")) {
                for (Path p : s) {
                    String run = p.getFileName().toString().replace(".owner", "");
                    if (!ownerAlive(run)) {
                        removeScratch(run);
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        return reaped;
    }

    /** Deletes namespaces in one ip process, going on past failures; returns the failures' messages. */
    static List<String> deleteNamespaces(List<String> namespaces) {
        if (namespaces.isEmpty()) {
            return List.of();
        }
        IpResult r = Ip.host().batch(namespaces.stream().map(n -> "netns delete " + n).toList(), true);
        return r.ok() ? List.of() : List.of(r.stderr().strip());
    }

    void removeScratch(String runId) throws IOException {
        Path s = scratch(runId);
        if (!Files.isDirectory(s)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(s)) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(s);
    }
}
