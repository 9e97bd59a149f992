package org.mvtd.icons;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.Objects;

/** Renders an SVG to a square ARGB image with JSVG. */
public final class SvgRaster {
    private SvgRaster() {
    }

    /**
     * Renders {@code svg} scaled to {@code size} x {@code size} pixels.
     *
     * @throws IllegalArgumentException if the SVG cannot be parsed or the size is not positive
     */
    public static BufferedImage render(URL svg, int size) {
        Objects.requireNonNull(svg, "svg");
        if (size <= 0) {
            throw new IllegalArgumentException("icon size must be positive, got " + size);
        }
        SVGDocument document = parse(svg);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            document.render((java.awt.Component) null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Parses {@code svg}; JSVG logs and returns null on malformed input, which we turn into an error. */
    public static SVGDocument parse(URL svg) {
        SVGDocument document = new SVGLoader().load(Objects.requireNonNull(svg, "svg"));
        if (document == null) {
            throw new IllegalArgumentException("cannot parse SVG " + svg);
        }
        return document;
    }
}
