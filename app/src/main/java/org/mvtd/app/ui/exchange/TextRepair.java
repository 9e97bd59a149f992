package org.mvtd.app.ui.exchange;

import java.util.Optional;
import org.mvtd.model.yaml.DesignFormatException;

/** What the repair window does with the edited text: saves and opens it, or says what is still wrong. */
@FunctionalInterface
public interface TextRepair {
    /** Empty when {@code text} was a design and is now open; else why it still is not one. */
    Optional<DesignFormatException> retry(String text);
}
