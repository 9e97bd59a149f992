package org.mvtd.backend.link;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tap nodes kept in memory, for tests without root. */
public final class FakeTapNodes implements TapNodes {
    private final Map<Path, NodeInfo> nodes = new ConcurrentHashMap<>();

    @Override
    public Optional<NodeInfo> stat(Path path) {
        return Optional.ofNullable(nodes.get(path));
    }

    @Override
    public void make(Path path, DevNumber dev, int uid) {
        nodes.put(path, new NodeInfo(dev, uid, 0600));
    }

    @Override
    public void remove(Path path) {
        nodes.remove(path);
    }

    public Map<Path, NodeInfo> all() {
        return Map.copyOf(nodes);
    }
}
