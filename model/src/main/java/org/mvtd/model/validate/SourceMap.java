package org.mvtd.model.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element path of a loaded design stood in its file. Paths are the validator's:
 * {@code hosts[kvm1]}, {@code hosts[kvm1].endpoints[macvtap0]}, {@code hosts[kvm1].endpoints[macvtap0].mode}.
 * A lookup that misses falls back to the nearest enclosing element.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap("", Map.of());

    private final String file;
    private final Map<String, SourceLocation> locations;

    public SourceMap(String file, Map<String, SourceLocation> locations) {
        this.file = file;
        this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    }

    public static SourceMap empty() {
        return EMPTY;
    }

    public String file() {
        return file;
    }

    public Map<String, SourceLocation> all() {
        return locations;
    }

    /** The location of {@code path}, or of its nearest enclosing element that has one. */
    public Optional<SourceLocation> locate(String path) {
        String p = path;
        while (!p.isEmpty()) {
            SourceLocation loc = locations.get(p);
            if (loc != null) {
                return Optional.of(loc);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            // Keep "hosts[kvm1]" whole when stepping out of ".endpoints[..]".
            if (cut > 0 && p.charAt(cut) == '[') {
                p = p.substring(0, cut);
            } else {
                p = cut > 0 ? p.substring(0, cut) : "";
            }
        }
        return Optional.ofNullable(locations.get(""));
    }
}
