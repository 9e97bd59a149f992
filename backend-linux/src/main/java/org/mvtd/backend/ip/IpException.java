package org.mvtd.backend.ip;

/** iproute2 refused: carries the argument vector and the kernel's reason as ip printed it. */
public final class IpException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient IpResult result;

    public IpException(IpResult result) {
        super(String.join(" ", result.argv()) + ": " + reason(result));
        this.result = result;
    }

    private static String reason(IpResult r) {
        String e = r.stderr().strip();
        return e.isEmpty() ? "exit code " + r.exitCode() : e;
    }

    public IpResult result() {
        return result;
    }

    /** The kernel's reason alone, e.g. "RTNETLINK answers: File exists". */
    public String kernelReason() {
        return reason(result);
    }
}
