package org.mvtd.model.yaml;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mvtd.model.Design;
import org.mvtd.model.validate.SourceMap;

/**
 * A design as read from a file, with what a faithful save needs besides the meaning.
 *
 * @param sourceMap     where each element path stood (for messages and the problems panel)
 * @param headerComment the comment lines before the first key, without their '#', kept on save
 * @param explicitKeys  per element path, the optional keys the file spelt out even at their default
 *                      values, so a save of a loaded file does not add or drop them
 */
public record LoadedDesign(Design design, SourceMap sourceMap, List<String> headerComment,
                           Map<String, Set<String>> explicitKeys) {
    public LoadedDesign {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(sourceMap, "sourceMap");
        headerComment = List.copyOf(headerComment);
        explicitKeys = Map.copyOf(explicitKeys);
    }

    /** A design that came from no file. */
    public static LoadedDesign of(Design design) {
        return new LoadedDesign(design, SourceMap.empty(), List.of(), Map.of());
    }

    public LoadedDesign withDesign(Design d) {
        return new LoadedDesign(d, sourceMap, headerComment, explicitKeys);
    }
}
