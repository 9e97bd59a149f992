package org.mvtd.model.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.SourceLocation;

/**
 * Refuses what is not a design file before any YAML parsing: too large, not UTF-8, binary. Each refusal is
 * one clear message with a location, and memory stays bounded by {@link #MAX_BYTES}.
 */
final class InputGuard {
    /** Real designs are a few kilobytes; 10,000 endpoints take about 1.5 MiB. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private InputGuard() {
    }

    /** The file's text, or a format error saying why it is not a design file. */
    static String readText(Path file, String fileName) throws IOException, DesignFormatException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(fileName, size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // The file may grow between size() and here: never read more than the limit allows.
            return readText(in, fileName);
        }
    }

    /** The stream's text (at most {@link #MAX_BYTES} are read), or a format error saying why it is not a design. */
    static String readText(InputStream in, String fileName) throws IOException, DesignFormatException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(fileName, bytes.length);
        }
        String text = decode(bytes, fileName);
        check(text, fileName);
        return text;
    }

    /** Refuses text that is over the size limit or holds characters YAML does not allow. */
    static void check(String text, String fileName) throws DesignFormatException {
        long bytes = utf8Length(text);
        if (bytes > MAX_BYTES) {
            throw tooLarge(fileName, bytes);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            String bad = forbidden(text, i);
            if (bad != null) {
                throw fatal(fileName, line, i - lineStart + 1, "not a design file: " + bad
                        + " (a design is UTF-8 YAML text)", "Open the .mvtd.yaml file the designer saved.");
            }
            if (Character.isHighSurrogate(c)) {
                i++; // forbidden() checked the pair
            }
        }
    }

    /** A description of the character at {@code i} when YAML forbids it there, else null. */
    private static String forbidden(String text, int i) {
        char c = text.charAt(i);
        if (c == 0) {
            return "binary data (a NUL byte)";
        }
        if (c == '\t' || c == '\r') {
            return null;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF) {
            return "binary data (control character U+" + String.format(Locale.ROOT, "%04X", (int) c) + ")";
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    ? null : "an unpaired UTF-16 surrogate";
        }
        if (Character.isLowSurrogate(c)) {
            return "an unpaired UTF-16 surrogate";
        }
        return null;
    }

    private static String decode(byte[] bytes, String fileName) throws DesignFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw fatal(fileName, line, offset - lineStart + 1, "not a design file: invalid UTF-8 (byte 0x"
                    + String.format(Locale.ROOT, "%02x", bytes[offset] & 0xFF) + " at offset " + offset
                    + "; a design is UTF-8 YAML text)", "Open the .mvtd.yaml file the designer saved.");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static long utf8Length(String text) {
        if (text.length() > MAX_BYTES) {
            return text.length(); // already over: no need for the exact figure
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static DesignFormatException tooLarge(String fileName, long size) {
        return fatal(fileName, 1, 1, "file too large: " + size + " bytes, a design file may be at most "
                + MAX_BYTES + " bytes (4 MiB)", "Check that this is a design file; split very large designs.");
    }

    static DesignFormatException fatal(String fileName, int line, int column, String message, String fix) {
        return new DesignFormatException(List.of(
                Problem.error("", message, fix).at(new SourceLocation(fileName, line, column))));
    }
}
