package org.mvtd.backend.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, strict access to one JSON object: every accessor rejects a wrong type with the field's path,
 * and {@link #done()} rejects any key that no accessor asked for (udisks-style allow-listing).
 */
public final class Fields {
    private final ObjectNode node;
    private final String path;
    private final Set<String> seen = new HashSet<>();

    private Fields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Wraps {@code value}, which must be a JSON object, found at {@code path} ("" for the request). */
    public static Fields of(JsonNode value, String path) throws ProtocolException {
        Objects.requireNonNull(path, "path");
        if (value == null || !value.isObject()) {
            throw ProtocolException.bad(path.isEmpty() ? "(line)" : path, "expected a JSON object");
        }
        return new Fields((ObjectNode) value, path);
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private JsonNode get(String key, boolean required) throws ProtocolException {
        seen.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw ProtocolException.bad(path(key), "missing required field '" + key + "'");
            }
            return null;
        }
        return v;
    }

    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    public String text(String key) throws ProtocolException {
        return textOf(get(key, true), path(key));
    }

    public Optional<String> optText(String key) throws ProtocolException {
        JsonNode v = get(key, false);
        return v == null ? Optional.empty() : Optional.of(textOf(v, path(key)));
    }

    private static String textOf(JsonNode v, String where) throws ProtocolException {
        if (!v.isTextual()) {
            throw ProtocolException.bad(where, "expected a string, got " + kind(v));
        }
        return v.textValue();
    }

    public long integer(String key, long min, long max) throws ProtocolException {
        return integerOf(get(key, true), path(key), min, max);
    }

    public Optional<Long> optInteger(String key, long min, long max) throws ProtocolException {
        JsonNode v = get(key, false);
        return v == null ? Optional.empty() : Optional.of(integerOf(v, path(key), min, max));
    }

    private static long integerOf(JsonNode v, String where, long min, long max) throws ProtocolException {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ProtocolException.bad(where, "expected an integer, got " + kind(v));
        }
        long n = v.longValue();
        if (n < min || n > max) {
            throw ProtocolException.bad(where, "out of range " + min + ".." + max + ": " + n);
        }
        return n;
    }

    public boolean bool(String key, boolean fallback) throws ProtocolException {
        JsonNode v = get(key, false);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw ProtocolException.bad(path(key), "expected true or false, got " + kind(v));
        }
        return v.booleanValue();
    }

    public Fields object(String key) throws ProtocolException {
        return of(get(key, true), path(key));
    }

    public Optional<Fields> optObject(String key) throws ProtocolException {
        JsonNode v = get(key, false);
        return v == null ? Optional.empty() : Optional.of(of(v, path(key)));
    }

    /** The elements of an optional array (absent = empty), each with its path {@code key[i]}. */
    public List<Element> array(String key) throws ProtocolException {
        JsonNode v = get(key, false);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw ProtocolException.bad(path(key), "expected an array, got " + kind(v));
        }
        List<Element> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : (ArrayNode) v) {
            out.add(new Element(e, path(key) + "[" + i++ + "]"));
        }
        return out;
    }

    /** One array element and where it stands. */
    public record Element(JsonNode value, String path) {
        public Fields fields() throws ProtocolException {
            return Fields.of(value, path);
        }

        public double number() throws ProtocolException {
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                throw ProtocolException.bad(path, "expected a finite number, got " + kind(value));
            }
            return value.doubleValue();
        }
    }

    /** Rejects up front any key outside {@code allowed}, before the known ones are read. */
    public void allowOnly(Set<String> allowed) throws ProtocolException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw ProtocolException.bad(path(k), "unknown field '" + printable(k) + "'");
            }
        }
    }

    /** Rejects every key no accessor asked for, naming the first. */
    public void done() throws ProtocolException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!seen.contains(k)) {
                throw ProtocolException.bad(path(k), "unknown field '" + printable(k) + "'");
            }
        }
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "a string";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "null";
    }

    /** A key or value safe to echo in one message line: control characters escaped, length capped. */
    public static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 64; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return s.length() > 64 ? sb + "..." : sb.toString();
    }
}
