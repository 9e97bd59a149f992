package org.mvtd.backend.link;

/** The kernel or iproute2 could not be asked or refused; the message carries its reason. */
public final class KernelException extends Exception {
    private static final long serialVersionUID = 1L;

    public KernelException(String message) {
        super(message);
    }

    public KernelException(String message, Throwable cause) {
        super(message, cause);
    }
}
