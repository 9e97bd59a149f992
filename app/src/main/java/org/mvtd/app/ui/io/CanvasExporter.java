package org.mvtd.app.ui.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.mvtd.model.yaml.AtomicWrite;

/**
 * Exports the drawing for slides: a PNG snapshot at twice the design's resolution, or an SVG built from
 * the same styled nodes (boxes, lines, glyph paths, text), so both show the current theme and reach colours.
 */
public final class CanvasExporter {
    private static final double MARGIN = 30;

    private final Group content;
    private final Rectangle2D extent;
    private final Paint background;

    /**
     * @param content    the drawing layer (design coordinates inside its own transforms)
     * @param extent     the design's extent in design units
     * @param background the canvas background
     */
    public CanvasExporter(Group content, Rectangle2D extent, Paint background) {
        this.content = Objects.requireNonNull(content, "content");
        this.extent = Objects.requireNonNull(extent, "extent");
        this.background = background == null ? Color.WHITE : background;
    }

    private Rectangle2D area() {
        return new Rectangle2D(extent.getMinX() - MARGIN, extent.getMinY() - MARGIN,
                extent.getWidth() + 2 * MARGIN, extent.getHeight() + 2 * MARGIN);
    }

    /** Renders the drawing at {@code scale} pixels per design unit. */
    public WritableImage snapshot(double scale) {
        Rectangle2D a = area();
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(background);
        Affine t = new Affine();
        t.appendScale(scale, scale);
        try {
            t.append(content.getLocalToParentTransform().createInverse());
        } catch (NonInvertibleTransformException e) {
            throw new IllegalStateException("canvas transform is not invertible", e);
        }
        p.setTransform(t);
        p.setViewport(new Rectangle2D(a.getMinX() * scale, a.getMinY() * scale, a.getWidth() * scale, a.getHeight() * scale));
        return content.snapshot(p, null);
    }

    public void writePng(Path file) throws IOException {
        BufferedImage img = SwingFXUtils.fromFXImage(snapshot(2), null);
        atomically(file, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    public void writeSvg(Path file) throws IOException {
        byte[] svg = svg().getBytes(StandardCharsets.UTF_8);
        atomically(file, out -> out.write(svg));
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Through the designer's one atomic write: umask-derived mode for a new file, the old mode for a replaced one. */
    private static void atomically(Path file, Writer w) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        w.write(bytes);
        AtomicWrite.write(file, bytes.toByteArray());
    }

    /** The drawing as an SVG document in design units. */
    public String svg() {
        Rectangle2D a = area();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%.1f %.1f %.1f %.1f\">%n",
                a.getWidth(), a.getHeight(), a.getMinX(), a.getMinY(), a.getWidth(), a.getHeight()));
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"%s/>%n",
                a.getMinX(), a.getMinY(), a.getWidth(), a.getHeight(), paint("fill", background)));
        Transform toDesign;
        try {
            toDesign = content.getLocalToSceneTransform().createInverse();
        } catch (NonInvertibleTransformException e) {
            throw new IllegalStateException("canvas transform is not invertible", e);
        }
        for (Node n : content.getChildrenUnmodifiable()) {
            walk(n, toDesign, sb);
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    private void walk(Node n, Transform toDesign, StringBuilder sb) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        Transform t = toDesign.createConcatenation(n.getLocalToSceneTransform());
        String m = String.format(Locale.ROOT, " transform=\"matrix(%.4f %.4f %.4f %.4f %.2f %.2f)\"",
                t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
        String opacity = n.getOpacity() < 1 ? String.format(Locale.ROOT, " opacity=\"%.2f\"", n.getOpacity()) : "";
        if (n instanceof Region r) {
            region(r, m + opacity, sb);
        } else if (n instanceof Line l) {
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"%s%s%s/>%n",
                    l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY(), stroke(l), m, opacity));
        } else if (n instanceof Polyline l) {
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i + 1 < l.getPoints().size(); i += 2) {
                pts.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", l.getPoints().get(i), l.getPoints().get(i + 1)));
            }
            sb.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\"%s%s%s/>%n", pts, stroke(l), m, opacity));
        } else if (n instanceof Circle c) {
            sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"%s%s%s%s/>%n",
                    c.getCenterX(), c.getCenterY(), c.getRadius(), paint("fill", c.getFill()), stroke(c), m, opacity));
        } else if (n instanceof SVGPath p) {
            sb.append("<path d=\"").append(p.getContent()).append('"').append(paint("fill", p.getFill()))
                    .append(" fill-rule=\"evenodd\"").append(m).append(opacity).append("/>\n");
        } else if (n instanceof Text x) {
            Font f = x.getFont();
            boolean bold = f.getStyle().toLowerCase(Locale.ROOT).contains("bold");
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"%s, sans-serif\" font-size=\"%.1f\"%s%s%s%s>",
                    x.getX(), x.getY(), escape(f.getFamily()), f.getSize(), bold ? " font-weight=\"" + FontWeight.BOLD.getWeight() + "\"" : "",
                    paint("fill", x.getFill()), m, opacity));
            sb.append(escape(x.getText())).append("</text>\n");
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, toDesign, sb);
            }
        }
    }

    private static void region(Region r, String attrs, StringBuilder sb) {
        Bounds b = r.getLayoutBounds();
        Background bg = r.getBackground();
        if (bg != null) {
            for (BackgroundFill f : bg.getFills()) {
                double rad = f.getRadii() == null ? 0 : f.getRadii().getTopLeftHorizontalRadius();
                sb.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\"%s%s/>%n",
                        b.getWidth(), b.getHeight(), rad, paint("fill", f.getFill()), attrs));
            }
        }
        if (r.getBorder() != null) {
            for (BorderStroke s : r.getBorder().getStrokes()) {
                double w = s.getWidths().getTop();
                double rad = s.getRadii() == null ? 0 : s.getRadii().getTopLeftHorizontalRadius();
                String dash = s.getTopStyle().getDashArray().isEmpty() ? ""
                        : " stroke-dasharray=\"" + join(s.getTopStyle().getDashArray()) + "\"";
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"none\"%s stroke-width=\"%.1f\"%s%s/>%n",
                        w / 2, w / 2, b.getWidth() - w, b.getHeight() - w, rad, paint("stroke", s.getTopStroke()), w, dash, attrs));
            }
        }
    }

    private static String stroke(Shape s) {
        if (s.getStroke() == null) {
            return "";
        }
        String dash = s.getStrokeDashArray().isEmpty() ? "" : " stroke-dasharray=\"" + join(s.getStrokeDashArray()) + "\"";
        return paint("stroke", s.getStroke()) + String.format(Locale.ROOT, " stroke-width=\"%.1f\" stroke-linecap=\"round\"", s.getStrokeWidth()) + dash;
    }

    private static String join(java.util.List<Double> l) {
        StringBuilder sb = new StringBuilder();
        for (Double d : l) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%.1f", d));
        }
        return sb.toString();
    }

    private static String paint(String attr, Paint p) {
        if (!(p instanceof Color c)) {
            return " " + attr + "=\"none\"";
        }
        String s = String.format(Locale.ROOT, " %s=\"#%02x%02x%02x\"", attr, Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        return c.getOpacity() < 1 ? s + String.format(Locale.ROOT, " %s-opacity=\"%.2f\"", attr, c.getOpacity()) : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
