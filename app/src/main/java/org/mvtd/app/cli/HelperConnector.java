package org.mvtd.app.cli;

import java.util.OptionalInt;
import jnr.posix.POSIXFactory;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.ProcessTransport;
import org.mvtd.backend.client.Transport;

/** How the CLI reaches the privileged helper; tests swap in an in-process helper over a fake kernel. */
@FunctionalInterface
public interface HelperConnector {
    Transport transport(String helperPath);

    /** Directly when we are root already, else through pkexec (polkit asks the desktop user). */
    HelperConnector LOCAL = path -> POSIXFactory.getNativePOSIX().geteuid() == 0
            ? ProcessTransport.direct(path) : ProcessTransport.pkexec(path);

    /** Connects and says hello; failures become a {@link UserError} with exit code 3. */
    default HelperClient connect(String helperPath) {
        Transport t = transport(helperPath);
        try {
            return HelperClient.connect(t, OptionalInt.empty());
        } catch (HelperException e) {
            throw new UserError(ExitCodes.PRIVILEGE, "cannot start the helper (" + t.describe() + "): " + e.getMessage()
                    + (t.describe().startsWith("pkexec") ? " (was the password dialog dismissed? is polkit installed?)" : ""));
        }
    }
}
