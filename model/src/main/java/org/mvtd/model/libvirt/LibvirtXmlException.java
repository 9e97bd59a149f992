package org.mvtd.model.libvirt;

import java.util.Objects;
import org.mvtd.model.validate.SourceLocation;

/** A libvirt file that cannot be imported: broken or hostile XML, or not a domain or network. */
public final class LibvirtXmlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourceLocation where;

    public LibvirtXmlException(SourceLocation where, String problem) {
        super(Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(problem, "problem"));
        this.where = where;
    }

    /** File, line and column of the problem. */
    public SourceLocation where() {
        return where;
    }
}
