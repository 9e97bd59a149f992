package org.mvtd.model.validate;

import java.util.ArrayList;
import java.util.List;

/** The problems one validation pass finds, each located through the design's source map. */
final class Findings {
    final List<Problem> problems = new ArrayList<>();
    private final SourceMap map;

    Findings(SourceMap map) {
        this.map = map;
    }

    void error(String path, String indexedPath, String message, String fix) {
        problems.add(locate(Problem.error(path, message, fix), path, indexedPath));
    }

    void warning(String path, String indexedPath, String message, String fix) {
        problems.add(locate(Problem.warning(path, message, fix), path, indexedPath));
    }

    /** {@code p} as found elsewhere (a rule book of its own), located by its path. */
    void located(Problem p) {
        problems.add(locate(p, p.path(), p.path()));
    }

    /** Located by the indexed path (exact even when names repeat), else by the named one. */
    private Problem locate(Problem p, String path, String indexedPath) {
        SourceLocation loc = map.all().get(indexedPath);
        if (loc == null) {
            loc = map.locate(path).orElse(null);
        }
        return loc == null ? p : p.at(loc);
    }
}
