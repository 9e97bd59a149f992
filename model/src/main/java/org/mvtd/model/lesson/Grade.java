package org.mvtd.model.lesson;

import java.util.List;

/** Every candidate's reveal, in node order. */
public record Grade(List<Answer> answers) {
    public Grade {
        answers = List.copyOf(answers);
    }

    public long correct() {
        return answers.stream().filter(Answer::correct).count();
    }

    public int total() {
        return answers.size();
    }

    public boolean perfect() {
        return correct() == total();
    }

    /** The answers the learner got wrong: the ones the reveal explains first. */
    public List<Answer> mistakes() {
        return answers.stream().filter(a -> !a.correct()).toList();
    }
}
