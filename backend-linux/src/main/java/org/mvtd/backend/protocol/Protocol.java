package org.mvtd.backend.protocol;

/** Constants of the helper protocol (PROTOCOL.md). */
public final class Protocol {
    /** The one protocol version this build speaks. */
    public static final int VERSION = 1;
    /** Longest request line the helper reads, newline excluded. */
    public static final int MAX_LINE_BYTES = 1 << 20;
    /** The polkit action the launcher is registered under. */
    public static final String POLKIT_ACTION = "org.mvtd.macvtap-designer.helper";
    /** Where packages install the helper launcher. */
    public static final String HELPER_PATH = "/usr/libexec/macvtap-designer/macvtap-designer-helper";

    private Protocol() {
    }
}
