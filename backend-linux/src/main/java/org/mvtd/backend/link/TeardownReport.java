package org.mvtd.backend.link;

import java.util.List;

/**
 * What a teardown did.
 *
 * @param deleted      the links removed, all ours
 * @param wholeGroups  groups removed in one call after every member was verified ours
 * @param problems     what the kernel refused (empty on success)
 */
public record TeardownReport(List<String> deleted, List<Long> wholeGroups, List<String> problems) {
    public TeardownReport {
        deleted = List.copyOf(deleted);
        wholeGroups = List.copyOf(wholeGroups);
        problems = List.copyOf(problems);
    }
}
