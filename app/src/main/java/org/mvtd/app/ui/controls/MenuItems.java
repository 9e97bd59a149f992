package org.mvtd.app.ui.controls;

import java.util.Objects;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items as every menu of the designer builds them: a text with a mnemonic, an optional shortcut, an action. */
public final class MenuItems {
    private MenuItems() {
    }

    /**
     * An item running {@code action}; {@code accel} is a {@link KeyCombination#keyCombination} string such as
     * {@code "Shortcut+S"}, or null for none.
     */
    public static MenuItem item(String text, String accel, Runnable action) {
        Objects.requireNonNull(action, "action");
        MenuItem m = new MenuItem(Objects.requireNonNull(text, "text"));
        if (accel != null) {
            m.setAccelerator(KeyCombination.keyCombination(accel));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
