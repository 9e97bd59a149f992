package org.mvtd.model.export;

import java.util.List;
import java.util.Optional;
import org.mvtd.model.Design;

/**
 * Turns a design into the files another tool reads. Pure: returns text, writes nothing.
 * Exporters expect a design the validator passed; a dangling reference still gets a clear
 * {@link ExportException} rather than a broken file.
 */
public interface Exporter {

    /**
     * The files for {@code host} only, or for every host when empty. File names are unique within
     * the list; with several hosts, host-scoped files sit in a sub-directory named after the host.
     *
     * @throws ExportException when the host is not in the design or a reference dangles
     */
    List<ExportedFile> export(Design design, Optional<String> host) throws ExportException;
}
