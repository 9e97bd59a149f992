package org.mvtd.model.yaml;

import java.util.List;

/**
 * The small located YAML tree the binder reads: only what the format uses (mappings, sequences, scalars),
 * each with the place it started. Jackson's own tree drops locations, hence this one.
 */
sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

    /** {@code text} cut to a length a one-line message can show. */
    static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** 1-based line and column where the node starts. */
    record Mark(int line, int column) {
    }

    Mark mark();

    /** What the node is, as a message says it: "a mapping", "a list", "the text 'x'". */
    String describe();

    /**
     * A scalar as written. {@code kind} is how YAML resolved a plain scalar; quoted scalars are always
     * {@link ScalarKind#STRING}.
     */
    record Scalar(String text, ScalarKind kind, Mark mark) implements Node {
        @Override
        public String describe() {
            return kind == ScalarKind.NULL ? "nothing" : "'" + shown(text) + "'";
        }
    }

    /** What a scalar resolved to: the binder accepts, say, only a BOOLEAN for {@code hairpin}. */
    enum ScalarKind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /** One {@code key: value} pair; {@code keyMark} is where the key stood. */
    record Entry(String key, Mark keyMark, Node value) {
    }

    /** A mapping in file order, first occurrence of each key; later repeats of a key sit in {@code duplicates}. */
    record Mapping(List<Entry> entries, List<Entry> duplicates, Mark mark) implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<Node> items, Mark mark) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }
}
