package org.mvtd.model.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mvtd.model.yaml.Node.Entry;
import org.mvtd.model.yaml.Node.Mark;
import org.mvtd.model.yaml.Node.Scalar;
import org.mvtd.model.yaml.Node.ScalarKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Streams YAML tokens from Jackson's parser into a located {@link Node} tree. Refuses, at the first
 * sight and with a location, what the format never needs and attackers love: every alias and every anchor
 * the parser reports (on mappings and lists; a lone scalar anchor is harmless without an alias), so an
 * alias bomb never expands; tags; nesting deeper than {@link #MAX_DEPTH}; more than one document.
 */
final class TreeReader {
    /** The format nests six levels (hosts, a host, endpoints, an endpoint, at, a coordinate); leave room. */
    static final int MAX_DEPTH = 32;
    /**
     * The longest scalar (name, free text, key) a design may hold: the most the privileged helper accepts.
     * Checked while reading, so a huge name is refused before it is bound, copied and validated.
     */
    static final int MAX_SCALAR = 256;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            // A backstop above our own depth check, which comes first and names the place.
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH * 2)
                    .maxStringLength(InputGuard.MAX_BYTES)
                    .build())
            .build();

    private final YAMLParser parser;
    private final String fileName;
    private int depth;

    private TreeReader(YAMLParser parser, String fileName) {
        this.parser = parser;
        this.fileName = fileName;
    }

    /** The document's root node, or null for an empty document. */
    static Node read(String text, String fileName) throws DesignFormatException {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            TreeReader reader = new TreeReader(parser, fileName);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            Node root = reader.node(first);
            JsonToken after = parser.nextToken();
            if (after != null) {
                Mark m = reader.mark();
                throw InputGuard.fatal(fileName, m.line(), m.column(),
                        "a design file holds one YAML document; a second one starts here",
                        "Remove the '---' and everything after it, or put each design in its own file.");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String detail = e.getOriginalMessage() == null ? "unreadable YAML"
                    : e.getOriginalMessage().lines().findFirst().orElse("unreadable YAML").strip();
            throw InputGuard.fatal(fileName, loc == null ? 1 : Math.max(1, loc.getLineNr()),
                    loc == null ? 1 : Math.max(1, loc.getColumnNr()), "YAML syntax error: " + detail,
                    "Check the indentation and the punctuation around this place.");
        } catch (YAMLException e) {
            String detail = e.getMessage() == null ? "unreadable YAML" : e.getMessage().lines().findFirst().orElse("");
            throw InputGuard.fatal(fileName, 1, 1, "YAML syntax error: " + detail.strip(),
                    "Check that this is a design file.");
        } catch (IOException e) {
            // Parsing a String does no I/O; an IOException here is a parser failure without a location.
            throw InputGuard.fatal(fileName, 1, 1, "YAML syntax error: " + e.getMessage(),
                    "Check that this is a design file.");
        }
    }

    private Node node(JsonToken token) throws IOException, DesignFormatException {
        refuseAliasesAndTags();
        Mark mark = mark();
        if (token.isScalarValue()) {
            refuseLong(parser.getText(), mark, "value");
        }
        return switch (token) {
            case START_OBJECT -> mapping(mark);
            case START_ARRAY -> sequence(mark);
            case VALUE_STRING -> new Scalar(parser.getText(), ScalarKind.STRING, mark);
            case VALUE_NUMBER_INT -> new Scalar(parser.getText(), ScalarKind.INTEGER, mark);
            case VALUE_NUMBER_FLOAT -> new Scalar(parser.getText(), ScalarKind.FLOAT, mark);
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(parser.getText(), ScalarKind.BOOLEAN, mark);
            case VALUE_NULL -> new Scalar(parser.getText(), ScalarKind.NULL, mark);
            default -> throw InputGuard.fatal(fileName, mark.line(), mark.column(),
                    "YAML the format does not use here: " + token, "Write plain keys, lists and values.");
        };
    }

    private Node.Mapping mapping(Mark mark) throws IOException, DesignFormatException {
        enter(mark);
        List<Entry> entries = new ArrayList<>();
        List<Entry> duplicates = new ArrayList<>();
        Map<String, Entry> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token != JsonToken.FIELD_NAME) {
                Mark m = mark();
                throw InputGuard.fatal(fileName, m.line(), m.column(), "expected a key, found " + token,
                        "Keys are plain words followed by ':'.");
            }
            refuseAliasesAndTags();
            String key = parser.currentName();
            Mark keyMark = mark();
            refuseLong(key, keyMark, "key");
            Node value = node(parser.nextToken());
            Entry entry = new Entry(key, keyMark, value);
            if (seen.putIfAbsent(key, entry) == null) {
                entries.add(entry);
            } else {
                duplicates.add(entry);
            }
        }
        depth--;
        return new Node.Mapping(List.copyOf(entries), List.copyOf(duplicates), mark);
    }

    private Node.Sequence sequence(Mark mark) throws IOException, DesignFormatException {
        enter(mark);
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(node(token));
        }
        depth--;
        return new Node.Sequence(List.copyOf(items), mark);
    }

    private void refuseLong(String text, Mark mark, String what) throws DesignFormatException {
        if (text != null && text.length() > MAX_SCALAR) {
            throw InputGuard.fatal(fileName, mark.line(), mark.column(), "a " + what + " of " + text.length()
                    + " characters; names and text in a design may be at most " + MAX_SCALAR,
                    "Shorten it (interface names are at most 15 bytes; a design's name is a short title).");
        }
    }

    private void enter(Mark mark) throws DesignFormatException {
        if (++depth > MAX_DEPTH) {
            throw InputGuard.fatal(fileName, mark.line(), mark.column(), "nesting deeper than " + MAX_DEPTH
                    + " levels; a design nests at most 6", "Check that this is a design file.");
        }
    }

    private void refuseAliasesAndTags() throws IOException, DesignFormatException {
        if (parser.isCurrentAlias()) {
            Mark m = mark();
            throw InputGuard.fatal(fileName, m.line(), m.column(), "YAML aliases (*" + parser.getText()
                    + ") are not allowed in a design file", "Write the value out in full instead of '*name'.");
        }
        if (parser.getObjectId() != null) {
            Mark m = mark();
            throw InputGuard.fatal(fileName, m.line(), m.column(), "YAML anchors (&" + parser.getObjectId()
                    + ") are not allowed in a design file", "Remove the '&name' anchor.");
        }
        Object tag = parser.getTypeId();
        if (tag != null) {
            Mark m = mark();
            throw InputGuard.fatal(fileName, m.line(), m.column(), "YAML tags (" + tag
                    + ") are not allowed in a design file", "Remove the '!' tag; write plain values.");
        }
    }

    private Mark mark() {
        JsonLocation loc = parser.currentTokenLocation();
        return new Mark(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(InputGuard.MAX_BYTES + 1);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(1);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Duplicate keys are left to the tree, which names the element and the first occurrence.
        return options;
    }
}
