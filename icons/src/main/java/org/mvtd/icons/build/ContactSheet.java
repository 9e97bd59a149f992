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
 * plus the real 16 px renderings on both, so legibility at the smallest size is checked by eye, and a
 * last row with each palette element carrying a state badge the way the designer overlays them.
 */
final class ContactSheet {
    static final int SIZE = 48;
    static final int SMALL = 16;
    private static final int CELL = 96;
    private static final int LABEL = 18;
    private static final Color LIGHT = new Color(0xF5F6F8);
    private static final Color DARK = new Color(0x1E2126);
    /** Badge side relative to the element it marks, drawn over the lower right corner. */
    static final double BADGE_SCALE = 0.42;

    private ContactSheet() {
    }

    private static void badgedRow(Graphics2D g, Map<String, BufferedImage> icons, List<String> names, int top,
            int rowHeight) {
        List<String> badges = names.stream().filter(n -> n.startsWith("badge-")).toList();
        List<String> elements = names.stream().filter(n -> !n.startsWith("badge-"))
                .filter(n -> !n.equals("app") && !n.equals("document")).toList();
        g.setColor(LIGHT);
        g.fillRect(0, top, CELL * names.size(), rowHeight);
        int badge = (int) Math.round(SIZE * BADGE_SCALE);
        for (int i = 0; i < elements.size(); i++) {
            int x = i * CELL + (CELL - SIZE) / 2;
            int y = top + (CELL - SIZE) / 2;
            g.drawImage(icons.get(elements.get(i)), x, y, null);
            String state = badges.get(i % badges.size());
            g.drawImage(icons.get(state), x + SIZE - badge + 4, y + SIZE - badge + 4, badge, badge, null);
            g.setColor(DARK);
            String label = elements.get(i) + " " + state.substring("badge-".length());
            g.drawString(label, i * CELL + (CELL - g.getFontMetrics().stringWidth(label)) / 2, top + CELL + 4);
        }
    }

    static void write(Map<String, BufferedImage> icons, Map<String, BufferedImage> small, Path out)
            throws IOException {
        List<String> names = new ArrayList<>(icons.keySet());
        int width = CELL * names.size();
        int rowHeight = CELL + LABEL;
        BufferedImage sheet = new BufferedImage(width, rowHeight * 5, BufferedImage.TYPE_INT_ARGB);
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
            badgedRow(g, icons, names, rowHeight * 4, rowHeight);
        } finally {
            g.dispose();
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(sheet, "png", out.toFile());
    }
}
