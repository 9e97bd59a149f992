package org.mvtd.app.ui.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.Design;
import org.mvtd.model.export.ExportException;
import org.mvtd.model.export.ExportOptions;
import org.mvtd.model.export.ExportWriter;
import org.mvtd.model.export.ExportedFile;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;

/**
 * What an export would write, computed before anything is written: the files, the design's problems as
 * warnings, or why it cannot be exported. Errors refuse the export as the command line does, since the
 * files would describe links the kernel or the tool rejects.
 */
public final class ExportPreview {
    private final ExportKind kind;
    private final List<ExportedFile> files;
    private final List<String> warnings;
    private final String refusal;

    private ExportPreview(ExportKind kind, List<ExportedFile> files, List<String> warnings, String refusal) {
        this.kind = kind;
        this.files = List.copyOf(files);
        this.warnings = List.copyOf(warnings);
        this.refusal = refusal;
    }

    /** The preview of {@code kind} for {@code design}; never throws for a design the editor can hold. */
    public static ExportPreview of(ExportKind kind, Design design, String baseName, ExportOptions options) {
        Objects.requireNonNull(kind, "kind");
        List<Problem> problems = Validator.validate(design);
        List<String> warnings = problems.stream()
                .map(p -> p.severity().label() + ": " + p.message() + (p.path().isEmpty() ? "" : " [" + p.path() + "]"))
                .toList();
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0 && kind != ExportKind.DESIGN) {
            return new ExportPreview(kind, List.of(), warnings, "The design has " + errors + " error"
                    + (errors == 1 ? "" : "s") + " (listed below and in Problems): fix them, then export.");
        }
        try {
            List<ExportedFile> files = kind.files(design, baseName, options);
            String empty = files.isEmpty() ? "Nothing to export: the design has no "
                    + (kind == ExportKind.IP_SCRIPT || kind == ExportKind.NETWORKD ? "hosts." : "guests.") : null;
            return new ExportPreview(kind, files, warnings, empty);
        } catch (ExportException e) {
            return new ExportPreview(kind, List.of(), warnings, "Cannot export to " + kind.title() + ": " + e.getMessage());
        }
    }

    public ExportKind kind() { return kind; }
    public List<ExportedFile> files() { return files; }
    /** The validator's problems, one line each. */
    public List<String> warnings() { return warnings; }
    /** Why nothing can be written, if so. */
    public Optional<String> refusal() { return Optional.ofNullable(refusal); }

    /** The files under {@code dir} that writing would replace. */
    public List<Path> existing(Path dir) {
        return ExportWriter.existing(dir, files);
    }

    /** Writes every file under {@code dir}, each atomically; the caller has asked about {@link #existing}. */
    public List<Path> write(Path dir) throws IOException {
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        return ExportWriter.writeAll(dir, files);
    }
}
