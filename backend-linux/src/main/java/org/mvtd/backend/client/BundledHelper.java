package org.mvtd.backend.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mvtd.backend.protocol.Protocol;

/**
 * Where the helper comes from on this machine. The package installs a launcher at {@link Protocol#HELPER_PATH}
 * (the path the polkit action names). Someone running a build as root ({@code sudo java -jar ...}) has no
 * launcher, but the helper's classes are in the running program: it is then started with this JVM and this
 * class path. Only ever for a root caller: a normal user goes through polkit to the installed launcher, never
 * to a class path they could have written themselves.
 */
public final class BundledHelper {
    /** The helper's entry point, named rather than imported: the client does not depend on the helper's code. */
    static final String MAIN = "org.mvtd.backend.helper.HelperMain";
    /** The helper's settings (HelperMain's JOURNAL_PROPERTY and TAP_DIR_PROPERTY, LowerDevices' VETH_PROPERTY). */
    static final List<String> FORWARDED = List.of("mvtd.helper.journal", "mvtd.helper.tapDir", "mvtd.helper.vethIsEthernet");

    /**
     * jnr-ffi calls through its reflective invoker instead of generating (ASM, x86 assembler) a stub class per
     * native function at start: about 100 ms less of every helper start, for calls the helper makes a few of.
     */
    public static final String NO_GENERATED_STUBS = "-Djnr.ffi.asm.enabled=false";

    private BundledHelper() {
    }

    /**
     * Whether this process runs as root: the effective uid in /proc/self/status, so that asking costs the
     * command line no native binding (jnr-posix took a quarter of a second to load for this one call).
     */
    public static boolean runningAsRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).trim().split("\\s+")[1].equals("0");
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false; // not knowing: the unprivileged way (polkit) is the safe one
        }
        return false;
    }

    /** Whether the package's launcher is installed here. */
    public static boolean installed() {
        return launcher(Path.of(Protocol.HELPER_PATH));
    }

    /** Whether {@code path} can be a helper launcher: a regular file this process may execute. */
    public static boolean launcher(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    /**
     * The command that runs the helper from this program's own class path, with this JVM. The helper's own
     * settings (journal and tap-node directories), when this program was given them, go along.
     */
    public static List<String> command() {
        List<String> argv = new ArrayList<>();
        // umask 077 before the JVM starts: the helper sets it again first thing, but the JVM writes files before main
        argv.addAll(List.of("/bin/sh", "-c", "umask 077 && exec \"$@\"", "sh"));
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.add("-XX:-UsePerfData");
        argv.add("-XX:TieredStopAtLevel=1");
        argv.add("-Xshare:auto");
        argv.add("-XX:+UseSerialGC");
        argv.add(NO_GENERATED_STUBS);
        argv.addAll(HelperArchive.options(System.getProperty("java.class.path")));
        for (String key : FORWARDED) {
            String v = System.getProperty(key);
            if (v != null) {
                argv.add("-D" + key + "=" + v);
            }
        }
        argv.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
        return List.copyOf(argv);
    }

    /**
     * The one launch policy of the CLI and the app, for the launcher at {@code helper}: directly as root, else
     * through {@code pkexec --disable-internal-agent}; for a root caller whose {@code helper} is the package's
     * path on a machine without the package, the helper inside this program.
     *
     * @param prefix  what runs the launcher (empty, or pkexec and its option); empty when bundled
     * @param argv    the whole command
     * @param bundled whether it is the helper inside this program (then no launcher file is needed)
     */
    public record Launch(List<String> prefix, List<String> argv, boolean bundled) {
        public Launch {
            prefix = List.copyOf(prefix);
            argv = List.copyOf(argv);
        }

        /** Whether starting it asks the desktop user for a password (polkit). */
        public boolean prompts() {
            return !prefix.isEmpty();
        }
    }

    public static Launch launch(Path helper, boolean root) {
        java.util.Objects.requireNonNull(helper, "helper");
        if (root && helper.toString().equals(Protocol.HELPER_PATH) && !installed()) {
            return new Launch(List.of(), command(), true);
        }
        List<String> prefix = root ? List.of() : List.of("pkexec", "--disable-internal-agent");
        List<String> argv = new ArrayList<>(prefix);
        argv.add(helper.toString());
        return new Launch(prefix, argv, false);
    }

    /** How a local client reaches the installed helper ({@link #launch} of the package's path). */
    public static ProcessTransport local(boolean root) {
        return new ProcessTransport(launch(Path.of(Protocol.HELPER_PATH), root).argv());
    }
}
