package org.mvtd.model.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** A throwaway network namespace for one test: created with a unique name, deleted on close. */
final class Netns implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final String name;

    private Netns(String name) {
        this.name = name;
    }

    static Netns create() {
        String name = "mvtd-exports-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
        Tools.ok(List.of("ip", "netns", "add", name));
        Netns ns = new Netns(name);
        try {
            Tools.ok(List.of("ip", "-n", name, "link", "set", "dev", "lo", "up"));
        } catch (RuntimeException | AssertionError e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    /** A veth pair inside the namespace whose end {@code lower} plays a host's NIC, both ends up. */
    void addLower(String lower) {
        String peer = "p" + Integer.toHexString(lower.hashCode() & 0xfffffff);
        // "dev" and "name" keep lower devices called "no" or "up" from being read as keywords.
        Tools.ok(List.of("ip", "-n", name, "link", "add", "name", lower, "type", "veth", "peer", "name", peer));
        Tools.ok(List.of("ip", "-n", name, "link", "set", "dev", lower, "up"));
        Tools.ok(List.of("ip", "-n", name, "link", "set", "dev", peer, "up"));
    }

    Tools.Result ip(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", name));
        cmd.addAll(List.of(args));
        return Tools.ok(cmd);
    }

    /** Runs {@code bash FILE ARGS...} inside the namespace (not checking its exit code). */
    Tools.Result bash(Path script, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name, "bash", script.toString()));
        cmd.addAll(List.of(args));
        return Tools.run(cmd, env);
    }

    /** Every link of the namespace as {@code ip -d -j link show} prints it, by name. */
    Map<String, JsonNode> links() {
        try {
            JsonNode all = JSON.readTree(ip("-d", "-j", "link", "show").out());
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            all.forEach(l -> byName.put(l.get("ifname").asText(), l));
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // Delete even when the test was interrupted (jqwik's shrinking timeout), then keep the flag.
        boolean interrupted = Thread.interrupted();
        try {
            Tools.run(List.of("ip", "netns", "delete", name));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
