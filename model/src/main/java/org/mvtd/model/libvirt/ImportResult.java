package org.mvtd.model.libvirt;

import java.util.List;
import java.util.Objects;
import org.mvtd.model.Design;

/** A design made from libvirt files, with everything left out and everything guessed. */
public record ImportResult(Design design, List<Skipped> skipped, List<ImportWarning> warnings) {
    public ImportResult {
        Objects.requireNonNull(design, "design");
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
