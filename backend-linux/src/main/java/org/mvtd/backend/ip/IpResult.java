package org.mvtd.backend.ip;

import java.util.List;

/** What one iproute2 invocation did: its argument vector, exit code and output. */
public record IpResult(List<String> argv, int exitCode, String stdout, String stderr) {
    public IpResult {
        argv = List.copyOf(argv);
    }

    public boolean ok() {
        return exitCode == 0;
    }
}
