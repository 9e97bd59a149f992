package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.mvtd.backend.client.HelperClient;
import org.mvtd.backend.client.HelperException;
import org.mvtd.backend.client.SshTransport;
import org.mvtd.backend.client.Transport;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Protocol;
import org.mvtd.model.Design;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every helper command takes (the design file, the host of it to act on, where the helper is) and the
 * one way they all reach the helper: read the design, connect through the root command's connector, turn the
 * helper's refusals into user errors with the documented exit codes.
 */
public final class HelperOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(paramLabel = "FILE", description = "The design (*.mvtd.yaml).")
    Path file;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "The design's host that is this machine.")
    String host;

    @Option(names = "--helper", paramLabel = "PATH", defaultValue = Protocol.HELPER_PATH,
            description = "The helper launcher (default: ${DEFAULT-VALUE}).")
    String helper;

    @Option(names = "--connect", paramLabel = "HOST=[USER@]ADDRESS", mapFallbackValue = "",
            description = {"Reach the helper of design host HOST over ssh (sudo -n there; MVTD_SSH_COMMAND replaces",
                "ssh as GIT_SSH_COMMAND does). Repeatable; without it --host is this machine."})
    Map<String, String> connect = new LinkedHashMap<>();

    /** One conversation with the helper about the design; returns the exit code. */
    @FunctionalInterface
    interface Conversation {
        int run(HelperClient helper, Design design) throws HelperException;
    }

    /**
     * Reads the design, talks to the helper, closes it; a refusal becomes a {@link UserError}. A helper that asks
     * no password is started first and says hello while the design is read: its JVM starts alongside our work,
     * not after it (a password dialog would come before a design error, so pkexec waits for the design).
     */
    int withHelper(Conversation conversation) {
        HelperConnector connector = connector();
        Transport t = transport(connector);
        CompletableFuture<HelperClient> early = t.describe().startsWith("pkexec") ? null
                : CompletableFuture.supplyAsync(() -> connector.connect(t));
        Design d;
        try {
            d = design();
        } catch (RuntimeException e) {
            if (early != null) {
                early.handle((c, ex) -> {
                    if (c != null) {
                        c.close();
                    }
                    return null;
                }).join();
            }
            throw e;
        }
        try (HelperClient c = early == null ? connector.connect(t) : joined(early)) {
            int code = conversation.run(c, d);
            out().flush();
            return code;
        } catch (HelperException e) {
            throw refused(e);
        }
    }

    private static HelperClient joined(CompletableFuture<HelperClient> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    String host() {
        return host;
    }

    /** Reads and validates the design; an unknown host is a usage error naming the known ones. */
    Design design() {
        Design d = DesignFiles.readValid(file, err()).design();
        DesignFiles.requireHost(d, host, file);
        connect.keySet().forEach(h -> DesignFiles.requireHost(d, "--connect", h, file));
        return d;
    }

    /** Starts the helper: over ssh when --host has a --connect, else through the root command's connector. */
    HelperClient connect() {
        HelperConnector connector = connector();
        return connector.connect(transport(connector));
    }

    private HelperConnector connector() {
        return root().connector;
    }

    private RootCommand root() {
        return (RootCommand) command.parent().userObject();
    }

    /** The host's --connect target, if any, as an ssh transport; a target ssh would misread is a usage error. */
    private Transport transport(HelperConnector connector) {
        String target = connect.get(host);
        if (target == null) {
            return connector.transport(helper);
        }
        try {
            return new SshTransport(root().environment.apply(SshTransport.COMMAND_VARIABLE), target, helper);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, "--connect " + host + "=" + target + ": " + e.getMessage());
        }
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
