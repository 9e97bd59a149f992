package org.mvtd.app.ui.live.connect;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mvtd.backend.client.BundledHelper;
import org.mvtd.backend.client.Transport;

/**
 * The installed helper on this machine: run directly when the app is root already, else through
 * {@code pkexec --disable-internal-agent} so the desktop's polkit agent asks for the password.
 */
public final class LocalHelperLauncher implements HelperLauncher {
    private final Path helper;
    private final boolean root;
    private final List<String> prefix;
    /** The whole command when it is not the launcher file (the helper inside this program), else null. */
    private final List<String> command;
    private volatile LaunchedTransport last;

    /**
     * @param prefix what runs the helper: empty to run it directly, else e.g. {@code pkexec --disable-internal-agent};
     *               tests also put {@code ip netns exec NS} or a JVM here
     */
    public LocalHelperLauncher(Path helper, boolean root, List<String> prefix) {
        this(helper, root, prefix, null);
    }

    private LocalHelperLauncher(Path helper, boolean root, List<String> prefix, List<String> command) {
        this.helper = Objects.requireNonNull(helper, "helper");
        this.root = root;
        this.prefix = List.copyOf(prefix);
        this.command = command == null ? null : List.copyOf(command);
    }

    /**
     * The installed launcher, directly as root, else through pkexec. A root user running a build on a machine
     * without the package gets the helper inside this program instead (see {@link BundledHelper}).
     */
    public static LocalHelperLauncher system(Path helper, boolean root) {
        BundledHelper.Launch launch = BundledHelper.launch(helper, root);
        if (launch.bundled()) {
            return new LocalHelperLauncher(helper, true, List.of(), launch.argv());
        }
        return new LocalHelperLauncher(helper, root, launch.prefix());
    }

    @Override
    public String describe() {
        return String.join(" ", argv());
    }

    @Override
    public boolean prompts() {
        return !prefix.isEmpty() && String.valueOf(Path.of(prefix.get(0)).getFileName()).equals("pkexec");
    }

    private List<String> argv() {
        if (command != null) {
            return command;
        }
        List<String> a = new ArrayList<>(prefix);
        a.add(helper.toString());
        return a;
    }

    @Override
    public Optional<ConnectFailure> preflight() {
        if (command != null) {
            return Optional.empty();
        }
        if (!BundledHelper.launcher(helper)) {
            return Optional.of(ConnectFailure.notInstalled(helper.toString()));
        }
        if (prompts() && (prefix.get(0).contains("/") ? !Files.isExecutable(Path.of(prefix.get(0))) : onPath(prefix.get(0)).isEmpty())) {
            return Optional.of(ConnectFailure.noPkexec("pkexec was not found on PATH (" + System.getenv("PATH") + ")"
                    + (root ? "" : "; the app runs as a normal user")));
        }
        return Optional.empty();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, program);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Transport transport() {
        LaunchedTransport t = new LaunchedTransport(argv());
        last = t;
        return t;
    }

    @Override
    public OptionalInt exitStatus() {
        LaunchedTransport t = last;
        return t == null ? OptionalInt.empty() : t.exitStatus(2000);
    }
}
