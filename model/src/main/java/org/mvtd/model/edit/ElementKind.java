package org.mvtd.model.edit;

/** The kinds of element drawn on the canvas, one skin class each. */
public enum ElementKind {
    SWITCH("switch"), STATION("station"), HOST("host"), DEVICE("device"), ENDPOINT("endpoint"), GUEST("guest");

    private final String label;

    ElementKind(String label) {
        this.label = label;
    }

    /** The lower-case word users read ("device", "endpoint"). */
    public String label() {
        return label;
    }
}
