package org.mvtd.app.ui.io;

import java.util.Optional;

/** The system clipboard's text, as the view models see it (the view gives the real one; tests a map). */
public interface TextClipboard {
    /** The text on the clipboard; empty when it holds none (nothing, or only an image or files). */
    Optional<String> text();

    /** Puts {@code text} on the clipboard in place of what it held. */
    void putText(String text);

    /** No system clipboard: copy and paste stay within the window. */
    TextClipboard NONE = new TextClipboard() {
        @Override
        public Optional<String> text() {
            return Optional.empty();
        }

        @Override
        public void putText(String text) {
            // nowhere to put it
        }
    };
}
