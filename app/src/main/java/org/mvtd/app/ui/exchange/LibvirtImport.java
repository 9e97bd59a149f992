package org.mvtd.app.ui.exchange;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mvtd.model.libvirt.ImportResult;
import org.mvtd.model.libvirt.LibvirtImporter;
import org.mvtd.model.libvirt.LibvirtXmlException;
import org.mvtd.model.libvirt.XmlSource;

/** File → Import → libvirt XML: the same importer as {@code mvtd import libvirt}, with what it left out as notes. */
public final class LibvirtImport {
    private LibvirtImport() {
    }

    /** Why the files could not be imported; nothing was changed. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The design made from {@code files} (domain and network XML in any order), and one note per skipped part. */
    public record Imported(ImportResult result, List<String> notes) {
    }

    public static Imported read(List<Path> files) throws Refused {
        List<XmlSource> sources = new ArrayList<>();
        for (Path f : files) {
            try {
                sources.add(XmlSource.read(f));
            } catch (NoSuchFileException e) {
                throw new Refused(f.getFileName() + ": no such file", e);
            } catch (CharacterCodingException e) {
                throw new Refused(f.getFileName() + ": not UTF-8 text (virsh writes UTF-8)", e);
            } catch (IOException e) {
                throw new Refused(f.getFileName() + ": cannot read: " + e.getMessage(), e);
            }
        }
        try {
            ImportResult r = LibvirtImporter.importXml(sources);
            List<String> notes = new ArrayList<>();
            r.skipped().forEach(s -> notes.add(s.toString()));
            r.warnings().forEach(w -> notes.add(w.toString()));
            return new Imported(r, notes);
        } catch (LibvirtXmlException e) {
            throw new Refused(e.getMessage(), e);
        }
    }
}
