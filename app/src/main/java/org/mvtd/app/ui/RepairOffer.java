package org.mvtd.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.yaml.AtomicWrite;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;

/** A design file that does not parse is offered as text to correct, unless it is not text at all. */
final class RepairOffer {
    private RepairOffer() {
    }

    /** Shows {@code p} with its problem marked; a corrected text is saved atomically, then opened by {@code open}. */
    static void offer(Dialogs dialogs, Path p, DesignFormatException e, Predicate<Path> open) {
        String text;
        try {
            text = Files.readString(p);
        } catch (IOException | RuntimeException unreadable) {
            dialogs.error("Could not open " + p.getFileName(), MainViewModel.message(e));
            return;
        }
        dialogs.repair(p, text, e, corrected -> {
            try {
                DesignYaml.read(corrected, String.valueOf(p.getFileName()));
                AtomicWrite.write(p, corrected.getBytes(StandardCharsets.UTF_8));
            } catch (DesignFormatException still) {
                return Optional.of(still);
            } catch (IOException failed) {
                return Optional.of(new DesignFormatException(List.of(Problem.error("", "could not save "
                        + p.getFileName() + ": " + MainViewModel.message(failed), "the file on disk was not changed"))));
            }
            return open.test(p) ? Optional.empty() : Optional.of(e);
        });
    }
}
