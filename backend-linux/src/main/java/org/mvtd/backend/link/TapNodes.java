package org.mvtd.backend.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Makes, inspects and removes the character-device nodes through which guests open their macvtap. */
public interface TapNodes {
    /** What a node is: its device number, owner and permission bits. */
    record NodeInfo(DevNumber dev, int uid, int mode) {
    }

    /** The node at {@code path}, or empty when there is none (or it is not a character device). */
    Optional<NodeInfo> stat(Path path);

    /** Atomically (re)places a character node for {@code dev} at {@code path}: owner {@code uid}, mode 0600. */
    void make(Path path, DevNumber dev, int uid) throws IOException;

    /** Removes the node, if any. */
    void remove(Path path) throws IOException;
}
