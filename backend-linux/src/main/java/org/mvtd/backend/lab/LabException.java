package org.mvtd.backend.lab;

/** The lab could not build or probe a design: names the step and the kernel's reason. */
public final class LabException extends Exception {
    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
