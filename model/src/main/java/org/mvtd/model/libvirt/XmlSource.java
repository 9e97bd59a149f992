package org.mvtd.model.libvirt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One libvirt file's text, read by the caller.
 *
 * @param name the file name used in messages
 */
public record XmlSource(String name, String text) {
    /** Larger than any real domain definition; keeps a wrong file (a disk image) from filling memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    public XmlSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** A file that is not worth parsing: a directory, or far too large for a libvirt definition. */
    public static final class NotXml extends IOException {
        private static final long serialVersionUID = 1L;

        NotXml(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code f} as virsh writes it: UTF-8 (a {@link java.nio.charset.CharacterCodingException} otherwise),
     * without the byte-order mark some editors add, since that is not XML.
     */
    public static XmlSource read(Path f) throws IOException {
        if (Files.isDirectory(f)) {
            throw new NotXml(f + ": is a directory, not an XML file");
        }
        if (Files.size(f) > MAX_FILE_BYTES) {
            throw new NotXml(f + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB; not a libvirt definition");
        }
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        return new XmlSource(f.toString(), text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
}
