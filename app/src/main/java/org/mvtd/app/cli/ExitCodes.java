package org.mvtd.app.cli;

/** Exit codes shared by every command; each command's --help lists the ones it uses. */
public final class ExitCodes {
    /** Done; nothing wrong. */
    public static final int OK = 0;
    /** The design has errors, or (lab) the kernel disagreed with the engine. */
    public static final int PROBLEMS = 1;
    /** Bad usage: unknown option, missing or unreadable file, unknown node. */
    public static final int USAGE = 2;
    /** A privilege is missing (root / CAP_NET_ADMIN). */
    public static final int PRIVILEGE = 3;
    /** The user did not confirm (apply, teardown). */
    public static final int DECLINED = 4;
    /** Something failed inside: a bug or the system refused; --debug shows the stack trace. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
