package org.mvtd.app.ui.teach.walk;

/**
 * An entry of the source or destination box: a reach node, or (id null) "broadcast to everyone".
 */
public record Choice(String id, String label) {
    public static final Choice BROADCAST = new Choice(null, "Broadcast (everyone)");

    public boolean broadcast() {
        return id == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
