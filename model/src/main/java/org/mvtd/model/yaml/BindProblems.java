package org.mvtd.model.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.SourceLocation;
import org.mvtd.model.yaml.Node.Mark;

/**
 * The problems one bind finds, capped: enough to fix a file by, while a generated file full of mistakes
 * must not flood the user or the memory. Past the cap only the first place and a count are kept.
 */
final class BindProblems {
    static final int MAX_PROBLEMS = 100;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private SourceLocation firstUnreported;
    private int unreported;

    BindProblems(String file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    void error(String path, Mark mark, String message, String fix) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(Problem.error(path, message, fix).at(location(mark)));
        } else if (firstUnreported == null) {
            firstUnreported = location(mark);
        } else {
            unreported++;
        }
    }

    SourceLocation location(Mark mark) {
        return new SourceLocation(file, mark.line(), mark.column());
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in file order, then one line saying how many more there were past the cap. */
    List<Problem> inFileOrder() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        if (firstUnreported != null) {
            out.add(Problem.error("", "too many problems: " + (unreported + 1) + " more after these "
                    + MAX_PROBLEMS + " are not shown", "Fix these first, then check the file again.")
                    .at(firstUnreported));
        }
        return List.copyOf(out);
    }
}
