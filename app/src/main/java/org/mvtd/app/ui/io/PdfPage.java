package org.mvtd.app.ui.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * A one-page PDF holding one picture, the drawing as the PNG export renders it, sized so it prints at
 * {@code dpi}. One image object and one content stream are all such a page needs (PDF 1.4, section 7), so
 * this writes them directly rather than bundling a PDF library for it.
 */
final class PdfPage {
    private PdfPage() {
    }

    static byte[] of(Image image, double dpi) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        double pw = w * 72 / dpi;
        double ph = h * 72 / dpi;
        byte[] pixels = deflate(rgb(image.getPixelReader(), w, h));
        String content = String.format(Locale.ROOT, "q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", pw, ph);
        Pdf pdf = new Pdf();
        pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(String.format(Locale.ROOT, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f]"
                + " /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>", pw, ph));
        pdf.stream("<< /Type /XObject /Subtype /Image /Width " + w + " /Height " + h
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length " + pixels.length + " >>", pixels);
        byte[] c = content.getBytes(StandardCharsets.US_ASCII);
        pdf.stream("<< /Length " + c.length + " >>", c);
        return pdf.finish();
    }

    private static byte[] rgb(PixelReader r, int w, int h) {
        byte[] out = new byte[w * h * 3];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = r.getArgb(x, y);
                out[i++] = (byte) (argb >> 16);
                out[i++] = (byte) (argb >> 8);
                out[i++] = (byte) argb;
            }
        }
        return out;
    }

    private static byte[] deflate(byte[] raw) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(b)) {
            d.write(raw);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e); // memory streams do not fail
        }
        return b.toByteArray();
    }

    /** Objects numbered from 1 in the order given, then the cross-reference table the format requires. */
    private static final class Pdf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        Pdf() {
            ascii("%PDF-1.4\n%\u00e2\u00e3\n");
        }

        void object(String dict) {
            offsets.add(out.size());
            ascii(offsets.size() + " 0 obj\n" + dict + "\nendobj\n");
        }

        void stream(String dict, byte[] data) {
            offsets.add(out.size());
            ascii(offsets.size() + " 0 obj\n" + dict + "\nstream\n");
            out.writeBytes(data);
            ascii("\nendstream\nendobj\n");
        }

        byte[] finish() {
            int xref = out.size();
            StringBuilder sb = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            offsets.forEach(o -> sb.append(String.format(Locale.ROOT, "%010d 00000 n \n", o)));
            sb.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            ascii(sb.toString());
            return out.toByteArray();
        }

        private void ascii(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
