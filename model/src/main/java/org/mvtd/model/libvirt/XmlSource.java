package org.mvtd.model.libvirt;

import java.util.Objects;

/**
 * One libvirt file's text, read by the caller.
 *
 * @param name the file name used in messages
 */
public record XmlSource(String name, String text) {
    public XmlSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
