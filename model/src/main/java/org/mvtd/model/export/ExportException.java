package org.mvtd.model.export;

/** A design that cannot be exported as asked; the message names the element and what to do. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
