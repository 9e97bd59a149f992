package org.mvtd.model.fix;

import java.util.Objects;

/**
 * One element a fix changes, as a person reads it.
 *
 * @param element the element's named path, as problems name it ({@code hosts[kvm1].endpoints[macvtap0]})
 * @param description what changes, e.g. "mode bridge -> vepa"
 */
public record Change(String element, String description) {
    public Change {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return element + ": " + description;
    }
}
