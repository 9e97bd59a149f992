package org.mvtd.model.lesson;

/**
 * The reveal for one candidate node.
 *
 * @param expected  the kernel's answer: the question's source can ping this node
 * @param predicted what the learner clicked
 * @param why       the engine's sentence for the pair
 */
public record Answer(String node, boolean expected, boolean predicted, String why) {
    public boolean correct() {
        return expected == predicted;
    }
}
