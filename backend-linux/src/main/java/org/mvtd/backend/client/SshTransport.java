package org.mvtd.backend.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The helper on another machine: the same protocol over OpenSSH's {@code ssh} (the user's own configuration,
 * agent and known_hosts), {@code sudo -n} there so nothing ever prompts. {@code MVTD_SSH_COMMAND} replaces the
 * {@code ssh} command as {@code GIT_SSH_COMMAND} does. What ssh and sudo print when they fail is turned into
 * a sentence saying what to fix (see {@link #explain}).
 */
public final class SshTransport implements Transport {
    /** The environment variable that replaces {@code ssh}, split like a shell would. */
    public static final String COMMAND_VARIABLE = "MVTD_SSH_COMMAND";
    private static final Pattern TARGET = Pattern.compile("([A-Za-z0-9._][A-Za-z0-9._-]*@)?[A-Za-z0-9.:\\[\\]_%-]+");
    private final String target;
    private final ProcessTransport process;

    /**
     * @param sshCommand the ssh command line ({@code null} or blank: plain {@code ssh})
     * @param target     {@code [user@]address}
     */
    public SshTransport(String sshCommand, String target, String helper) {
        this.target = checkedTarget(target);
        List<String> argv = new ArrayList<>(sshCommand == null || sshCommand.isBlank() ? List.of("ssh") : ShellWords.split(sshCommand));
        if (argv.isEmpty()) {
            argv.add("ssh");
        }
        argv.addAll(List.of("-T", "-o", "BatchMode=yes", "--", this.target, "sudo", "-n", Objects.requireNonNull(helper, "helper")));
        this.process = new ProcessTransport(argv);
    }

    /** Over the ssh command of this process's environment ({@value #COMMAND_VARIABLE}, else {@code ssh}). */
    public static SshTransport fromEnvironment(String target, String helper) {
        return new SshTransport(System.getenv(COMMAND_VARIABLE), target, helper);
    }

    /** {@code [user@]address}; anything ssh could read as an option or a second word is refused. */
    public static String checkedTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (!TARGET.matcher(target).matches()) {
            throw new IllegalArgumentException("not [user@]address: '" + target + "'");
        }
        return target;
    }

    public List<String> argv() {
        return process.argv();
    }

    public String target() {
        return target;
    }

    @Override
    public String describe() {
        return process.describe();
    }

    @Override
    public Connection open() throws IOException {
        return process.open().withDiagnostics(stderr -> explain(target, stderr));
    }

    /** What ssh or sudo said, led by what it means for the user; unknown text is passed on as it is. */
    static String explain(String target, String stderr) {
        String why = cause(target, stderr);
        return why == null ? stderr : stderr.isEmpty() ? why : why + " (" + stderr + ")";
    }

    private static String cause(String target, String s) {
        if (s.contains("Host key verification failed") || s.contains("No ED25519 host key is known")
                || s.contains("host key is known for") || s.contains("REMOTE HOST IDENTIFICATION HAS CHANGED")) {
            return target + ": unknown or changed host key; connect once with 'ssh " + target
                    + "' and check the fingerprint, so it is in known_hosts";
        }
        if (s.contains("sudo: a password is required") || s.contains("sudo: a terminal is required")
                || s.contains("is not in the sudoers file") || s.contains("is not allowed to execute")) {
            return target + ": no sudo rights without a password for the helper; allow it in sudoers"
                    + " (NOPASSWD for /usr/libexec/macvtap-designer/macvtap-designer-helper)";
        }
        if (s.contains("command not found") || s.contains("No such file or directory")) {
            return target + ": the helper is not installed there; install the macvtap-designer package on it";
        }
        if (s.contains("Permission denied (publickey")) {
            return target + ": ssh refused the login (no key accepted); load your key into the agent or set it in ~/.ssh/config";
        }
        if (s.contains("Connection closed") || s.contains("Broken pipe") || s.contains("Connection reset")
                || s.contains("Connection timed out") || s.contains("Connection refused") || s.contains("Could not resolve hostname")
                || s.contains("closed by remote host") || s.contains("timeout")) {
            return target + ": the ssh connection failed or dropped";
        }
        return null;
    }
}
