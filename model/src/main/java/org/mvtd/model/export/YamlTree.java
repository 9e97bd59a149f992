package org.mvtd.model.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;

/**
 * Writes a tree of maps, lists and scalars as YAML (or JSON) through Jackson, so the YAML exports quote
 * whatever a name holds the way a YAML parser needs it, rather than by hand.
 */
final class YamlTree {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            // every string quoted: a YAML 1.1 reader (kubectl's, PyYAML's) takes an all-digit MAC for a base-60 number
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            // long values stay on one line, and a multi-line one (a CNI config) is a readable '|' block
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper();

    private YamlTree() {
    }

    /** One YAML document. */
    static String yaml(Object tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of maps and lists always writes", e);
        }
    }

    /** Several documents in one stream, each after a '---' line. */
    static String yamlDocuments(List<?> trees) {
        StringBuilder sb = new StringBuilder();
        trees.forEach(t -> sb.append("---\n").append(yaml(t)));
        return sb.toString();
    }

    /** Indented JSON, for a JSON document carried inside YAML (a CNI config). */
    static String json(Object tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of maps and lists always writes", e);
        }
    }
}
