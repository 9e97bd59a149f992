package org.mvtd.model.lesson;

import java.util.List;
import java.util.Objects;

/** A guided lesson: an introduction and a few predict-then-reveal questions. */
public record Lesson(String id, String title, String intro, List<Question> questions) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("lesson " + id + " has no questions");
        }
    }
}
