package org.mvtd.model.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.Host;

/** An exporter whose files come host by host; it checks each host's lower devices first. */
abstract class PerHostExporter implements Exporter {

    @Override
    public final List<ExportedFile> export(Design design, Optional<String> host) throws ExportException {
        ExportScope scope = ExportScope.of(design, host);
        List<ExportedFile> files = new ArrayList<>();
        for (Host h : scope.hosts()) {
            ExportScope.checkLowers(h);
            exportHost(scope, h, files);
        }
        return List.copyOf(files);
    }

    /** Adds the files of host {@code h} to {@code files}, naming them through {@code scope}. */
    abstract void exportHost(ExportScope scope, Host h, List<ExportedFile> files) throws ExportException;
}
