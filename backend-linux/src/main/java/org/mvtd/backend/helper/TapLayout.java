package org.mvtd.backend.helper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a session's tap nodes go: {@code ROOT/NETNS/UID}, then {@code DESIGN-ID/ENDPOINT} below it (the planner's
 * part). NETNS is the inode of the helper's network namespace ({@code stat -L -c %i /proc/self/ns/net}): /dev is
 * shared by every namespace, and two namespaces applying the same design must not take each other's nodes. UID is
 * the caller's: another user applying a design of the same name gets their own nodes.
 */
public final class TapLayout {
    private TapLayout() {
    }

    /** The inode of this process's network namespace. */
    public static long netnsInode() throws IOException {
        Object ino = Files.getAttribute(Path.of("/proc/self/ns/net"), "unix:ino");
        return ((Number) ino).longValue();
    }

    /** {@code root/netns/uid}. */
    public static Path sessionDir(Path root, long netns, int uid) {
        Objects.requireNonNull(root, "root");
        if (netns <= 0 || uid < 0) {
            throw new IllegalArgumentException("netns " + netns + " and uid " + uid + " must be a namespace inode and a non-negative uid");
        }
        return root.resolve(Long.toString(netns)).resolve(Integer.toString(uid));
    }
}
