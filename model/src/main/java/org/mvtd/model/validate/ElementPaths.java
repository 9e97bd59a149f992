package org.mvtd.model.validate;

/**
 * The two spellings of an element path. The named one ({@code hosts[kvm1].endpoints[macvtap0]}) is what
 * users read; the indexed one ({@code hosts#0.endpoints#3}) is unique even when two elements share a
 * name, so a duplicate is located at its own line. A {@link SourceMap} from a loaded file holds both.
 */
public final class ElementPaths {
    private ElementPaths() {
    }

    /** {@code parent.list[name]}, or {@code list[name]} at the top. */
    public static String named(String parent, String list, String name) {
        return prefix(parent) + list + "[" + name + "]";
    }

    /** {@code parent.list#index}, or {@code list#index} at the top. */
    public static String indexed(String parent, String list, int index) {
        return prefix(parent) + list + "#" + index;
    }

    /** {@code element.key}, or {@code key} at the top. */
    public static String key(String element, String key) {
        return prefix(element) + key;
    }

    private static String prefix(String parent) {
        return parent.isEmpty() ? "" : parent + ".";
    }
}
