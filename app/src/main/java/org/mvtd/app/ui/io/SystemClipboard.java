package org.mvtd.app.ui.io;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The desktop's clipboard, shared with other applications and other designer windows (FX thread only). */
public final class SystemClipboard implements TextClipboard {
    @Override
    public Optional<String> text() {
        Clipboard c = Clipboard.getSystemClipboard();
        return c.hasString() ? Optional.ofNullable(c.getString()) : Optional.empty();
    }

    @Override
    public void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(Objects.requireNonNull(text, "text"));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
