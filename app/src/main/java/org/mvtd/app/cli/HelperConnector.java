package org.mvtd.app.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.mvtd.backend.client.BundledHelper;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.ProcessTransport;
import org.mvtd.backend.client.Transport;
import org.mvtd.backend.protocol.Protocol;

/** How the CLI reaches the privileged helper; tests swap in an in-process helper over a fake kernel. */
@FunctionalInterface
public interface HelperConnector {
    Transport transport(String helperPath);

    /**
     * Directly when we are root already, else through pkexec (polkit asks the desktop user). A root user running
     * a build without the package gets the helper inside this jar; anyone else is told what is missing.
     */
    HelperConnector LOCAL = path -> local(path, BundledHelper.runningAsRoot());

    static Transport local(String path, boolean root) {
        boolean installedPath = path.equals(Protocol.HELPER_PATH);
        BundledHelper.Launch launch = BundledHelper.launch(Path.of(path), root);
        if (!launch.bundled() && !BundledHelper.launcher(Path.of(path))) {
            throw new UserError(ExitCodes.PRIVILEGE, installedPath
                    ? "the helper is not installed (no " + path + "): install the macvtap-designer package, or run this"
                            + " command as root (sudo), which starts the helper inside this program"
                    : "--helper " + path + ": no such executable file");
        }
        return new ProcessTransport(launch.argv());
    }

    /** Connects and says hello; failures become a {@link UserError} with exit code 3. */
    default HelperClient connect(String helperPath) {
        return connect(transport(helperPath));
    }

    /** Connects over {@code t} (one of {@link #transport}'s) and says hello; failures as {@link #connect(String)}. */
    default HelperClient connect(Transport t) {
        try {
            return HelperClient.connect(t, OptionalInt.empty());
        } catch (HelperException e) {
            // the client's message already names the command it ran
            throw new UserError(ExitCodes.PRIVILEGE, e.getMessage()
                    + (t.describe().startsWith("pkexec") ? " (was the password dialog dismissed? is polkit installed?)" : ""));
        }
    }
}
