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

    private BundledHelper() {
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
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.add("-XX:TieredStopAtLevel=1");
        argv.add("-Xshare:auto");
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
     * How a local client reaches the helper: the installed launcher (directly as root, else through pkexec),
     * or, for a root caller on a machine without the package, the helper inside this program.
     */
    public static ProcessTransport local(boolean root) {
        if (root && !installed()) {
            return new ProcessTransport(command());
        }
        return ProcessTransport.local(root);
    }
}
