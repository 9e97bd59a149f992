package org.mvtd.model.yaml;

import java.util.List;
import java.util.stream.Collectors;
import org.mvtd.model.validate.Problem;

/** A file that could not be read as a design; each problem names file:line:column and what was expected. */
public final class DesignFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DesignFormatException(List<Problem> problems) {
        super(problems.stream().map(p -> p.format("?")).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
