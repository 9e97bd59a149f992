package org.mvtd.model.libvirt;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mvtd.model.validate.SourceLocation;

/**
 * An element of a parsed libvirt file, just what the importer reads: namespace, local name,
 * attributes (no-namespace ones by name), children, its own text (outside children) and where its
 * start tag ended in the file.
 */
record XmlElement(String namespace, String name, Map<String, String> attributes, List<XmlElement> children,
                  String text, SourceLocation where) {
    XmlElement {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }

    Optional<String> attr(String attrName) {
        return Optional.ofNullable(attributes.get(attrName));
    }

    /** The first child in no namespace called {@code childName}. */
    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.namespace.isEmpty() && c.name.equals(childName)).findFirst();
    }

    /** The children in no namespace called {@code childName}, in document order. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.namespace.isEmpty() && c.name.equals(childName)).toList();
    }

    /** {@code child(a).attr(b)}: an attribute of the first child so named. */
    Optional<String> childAttr(String childName, String attrName) {
        return child(childName).flatMap(c -> c.attr(attrName));
    }
}
