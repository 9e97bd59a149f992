package org.mvtd.model.yaml;

import java.util.stream.Collectors;
import org.mvtd.model.Annotations;
import org.mvtd.model.LinkLayout;
import org.mvtd.model.Note;
import org.mvtd.model.Position;

/** Writes the top-level {@code notes:} and {@code links:} lists after the elements; nothing when there are none. */
final class AnnotationWriter {
    private AnnotationWriter() {
    }

    static void write(Annotations a, StringBuilder out) {
        if (!a.notes().isEmpty()) {
            out.append("notes:\n");
            for (Note n : a.notes()) {
                out.append("  - text: ").append(DesignWriter.scalar(n.text())).append('\n');
                out.append("    at: ").append(position(n.at())).append('\n');
                if (n.width() != null) {
                    out.append("    width: ").append(DesignWriter.number(n.width())).append('\n');
                }
            }
        }
        if (!a.links().isEmpty()) {
            out.append("links:\n");
            for (LinkLayout l : a.links()) {
                out.append("  - from: ").append(DesignWriter.scalar(l.from())).append('\n');
                out.append("    to: ").append(DesignWriter.scalar(l.to())).append('\n');
                if (!l.via().isEmpty()) {
                    out.append("    via: [").append(l.via().stream().map(AnnotationWriter::position)
                            .collect(Collectors.joining(", "))).append("]\n");
                }
                if (l.label() != null) {
                    out.append("    label: ").append(DesignWriter.scalar(l.label())).append('\n');
                }
            }
        }
    }

    private static String position(Position p) {
        return "[" + DesignWriter.number(p.x()) + ", " + DesignWriter.number(p.y()) + "]";
    }
}
