package org.mvtd.app.cli;

import java.nio.file.Path;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Protocol;
import org.mvtd.model.Design;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every helper command takes: the design file, the host of it to act on, and where the helper is. */
public final class HelperOptions {
    @Parameters(paramLabel = "FILE", description = "The design (*.mvtd.yaml).")
    Path file;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "The design's host that is this machine.")
    String host;

    @Option(names = "--helper", paramLabel = "PATH", defaultValue = Protocol.HELPER_PATH,
            description = "The helper launcher (default: ${DEFAULT-VALUE}).")
    String helper;

    /** Reads and validates the design; an unknown host is a usage error naming the known ones. */
    Design design(java.io.PrintWriter warnings) {
        Design d = DesignFiles.readValid(file, warnings).design();
        if (d.host(host).isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "--host " + host + ": no such host in " + file + "; hosts are: "
                    + String.join(", ", d.hosts().stream().map(h -> h.name()).toList()));
        }
        return d;
    }

    /** The helper's refusal as a user error: exit 1 for what the design or machine must fix, 3 when unreachable. */
    static UserError refused(HelperException e) {
        String where = e.field().isEmpty() || e.field().equals("design") ? "" : " [" + e.field() + "]";
        int code = e.code().equals(HelperException.UNREACHABLE) ? ExitCodes.PRIVILEGE
                : e.code().equals(ErrorCode.PROTOCOL_ERROR) || e.code().equals(ErrorCode.INTERNAL_ERROR) ? ExitCodes.INTERNAL
                : ExitCodes.PROBLEMS;
        return new UserError(code, "the helper refused (" + e.code() + "): " + e.getMessage() + where);
    }
}
