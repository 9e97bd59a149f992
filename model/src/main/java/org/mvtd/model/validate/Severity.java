package org.mvtd.model.validate;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING;

    /** "error" or "warning", as printed in {@code file:line:col: error: message}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
