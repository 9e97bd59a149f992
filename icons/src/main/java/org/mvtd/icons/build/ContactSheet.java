package org.mvtd.icons.build;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A review sheet: every icon at 48 px on a light and on a dark row (the designer has both themes),
 * plus the real 16 px renderings on both, so legibility at the smallest size is checked by eye.
 */
final class ContactSheet {
    static final int SIZE = 48;
    static final int SMALL = 16;
    private static final int CELL = 96;
    private static final int LABEL = 18;
    private static final Color LIGHT = new Color(0xF5F6F8);
    private static final Color DARK = new Color(0x1E2126);

    private ContactSheet() {
    }

    static void write(Map<String, BufferedImage> icons, Map<String, BufferedImage> small, Path out)
            throws IOException {
        List<String> names = new ArrayList<>(icons.keySet());
        int width = CELL * names.size();
        int rowHeight = CELL + LABEL;
        BufferedImage sheet = new BufferedImage(width, rowHeight * 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            Color[] backgrounds = {LIGHT, DARK, LIGHT, DARK};
            for (int row = 0; row < backgrounds.length; row++) {
                g.setColor(backgrounds[row]);
                g.fillRect(0, row * rowHeight, width, rowHeight);
                g.setColor(backgrounds[row] == DARK ? LIGHT : DARK);
                for (int i = 0; i < names.size(); i++) {
                    BufferedImage icon = (row < 2 ? icons : small).get(names.get(i));
                    int size = icon.getWidth();
                    int x = i * CELL + (CELL - size) / 2;
                    int y = row * rowHeight + (CELL - size) / 2;
                    g.drawImage(icon, x, y, size, size, null);
                    FontMetrics fm = g.getFontMetrics();
                    String label = names.get(i);
                    g.drawString(label, i * CELL + (CELL - fm.stringWidth(label)) / 2, row * rowHeight + CELL + 4);
                }
            }
        } finally {
            g.dispose();
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(sheet, "png", out.toFile());
    }
}
