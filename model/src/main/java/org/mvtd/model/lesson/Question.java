package org.mvtd.model.lesson;

import java.util.Objects;

/**
 * One "predict, then reveal" step: in {@code design} (a bundled design file), which nodes can
 * {@code from} ping? The learner clicks the ones they believe; the reveal grades each node.
 *
 * @param takeaway what the reveal should leave in the learner's head, one or two sentences
 * @param quickFix  null, or the quick fix applied to {@code design} before the question is asked
 *                  ({@code from} is then a node of the fixed design)
 */
public record Question(String prompt, String design, String from, String takeaway, QuickFix quickFix) {
    public Question {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(takeaway, "takeaway");
    }

    /** A question about the bundled design as it is. */
    public Question(String prompt, String design, String from, String takeaway) {
        this(prompt, design, from, takeaway, null);
    }
}
