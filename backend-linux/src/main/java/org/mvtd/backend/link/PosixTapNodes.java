package org.mvtd.backend.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.backend.sys.FdStat;
import org.mvtd.backend.sys.SafeDir;
import org.mvtd.backend.sys.SysException;

/**
 * Guests' tap nodes under one root directory ({@code /dev/macvtap-designer}), every directory and node reached
 * through {@link SafeDir}: relative to a directory descriptor we hold, never following a symbolic link, each
 * directory root-owned with mode 0755 set explicitly (the user must be able to reach the node, nobody else may
 * write). A node is made under a temporary name with mode 0600 and owner root, then given to the user and
 * renamed into place, so it is never open to anyone else, not even for an instant; never {@code chmod 666}.
 * Removing a node also removes the directories it leaves empty, up to and including the root.
 */
public final class PosixTapNodes implements TapNodes {
    private static final int S_IFCHR = 0020000;
    private static final int S_IFMT = 0170000;
    private static final int NODE_MODE = 0600;
    private static final int DIR_MODE = 0755;
    private static final int ENOENT = 2;
    private final Path root;

    public PosixTapNodes(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Makes (or checks) the root directory: refuses one that is a symbolic link, not root's, or writable by others. */
    public void checkRoot() throws IOException {
        try (SafeDir d = SafeDir.open(root, DIR_MODE, 022, true)) {
            d.fsync();
        }
    }

    /** The directory components between the root and {@code path}'s file name. */
    private List<String> between(Path path) {
        Path p = path.normalize();
        if (!p.equals(path) || !p.startsWith(root) || p.equals(root) || p.getParent() == null) {
            throw new IllegalArgumentException("tap node " + path + " is not inside " + root);
        }
        List<String> out = new ArrayList<>();
        for (Path c : root.relativize(p.getParent())) {
            if (!c.toString().isEmpty()) {
                out.add(c.toString());
            }
        }
        return out;
    }

    /** Opens root and each directory down to {@code path}'s parent; empty when one is missing and not {@code create}. */
    private Optional<List<SafeDir>> dirs(Path path, boolean create) throws IOException {
        List<String> names = between(path);
        List<SafeDir> chain = new ArrayList<>();
        try {
            chain.add(SafeDir.open(root, DIR_MODE, 022, create));
            for (String n : names) {
                SafeDir cur = chain.get(chain.size() - 1);
                Optional<SafeDir> next = create ? Optional.of(cur.sub(n, true)) : cur.subIfExists(n);
                if (next.isEmpty()) {
                    closeAll(chain);
                    return Optional.empty();
                }
                chain.add(next.get());
            }
            return Optional.of(chain);
        } catch (SysException e) {
            closeAll(chain);
            if (!create && e.errno() == ENOENT) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            closeAll(chain);
            throw e;
        }
    }

    private static void closeAll(List<SafeDir> chain) {
        chain.forEach(SafeDir::close);
    }

    @Override
    public Optional<NodeInfo> stat(Path path) {
        try {
            Optional<List<SafeDir>> chain = dirs(path, false);
            if (chain.isEmpty()) {
                return Optional.empty();
            }
            try {
                Optional<FdStat> st = last(chain.get()).lstat(path.getFileName().toString());
                if (st.isEmpty() || (st.get().mode() & S_IFMT) != S_IFCHR) {
                    return Optional.empty();
                }
                return Optional.of(new NodeInfo(new DevNumber(st.get().rdevMajor(), st.get().rdevMinor()), st.get().uid(),
                        st.get().mode() & 07777));
            } finally {
                closeAll(chain.get());
            }
        } catch (IOException e) {
            // an unsafe tap directory found while planning: the session reports it as the request's failure
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void make(Path path, DevNumber dev, int uid) throws IOException {
        List<SafeDir> chain = dirs(path, true).orElseThrow();
        try {
            SafeDir d = last(chain);
            String name = path.getFileName().toString();
            String tmp = "." + name + ".new";
            d.unlink(tmp);
            d.mknod(tmp, NODE_MODE, dev.encoded());
            try {
                d.chown(tmp, uid, 0);
                d.rename(tmp, d, name);
            } catch (IOException e) {
                d.unlink(tmp);
                throw e;
            }
        } finally {
            closeAll(chain);
        }
    }

    @Override
    public void remove(Path path) throws IOException {
        Optional<List<SafeDir>> found = dirs(path, false);
        if (found.isEmpty()) {
            return;
        }
        List<SafeDir> chain = found.get();
        try {
            last(chain).unlink(path.getFileName().toString());
            List<String> names = between(path);
            // prune what the node leaves empty, deepest first; a directory still in use stops the climb
            for (int i = names.size() - 1; i >= 0; i--) {
                if (!chain.get(i).removeDirIfEmpty(names.get(i))) {
                    return;
                }
            }
            if (root.getParent() != null) {
                try (SafeDir parent = SafeDir.openParent(root.getParent())) {
                    parent.removeDirIfEmpty(root.getFileName().toString());
                }
            }
        } finally {
            closeAll(chain);
        }
    }

    private static SafeDir last(List<SafeDir> chain) {
        return chain.get(chain.size() - 1);
    }
}
