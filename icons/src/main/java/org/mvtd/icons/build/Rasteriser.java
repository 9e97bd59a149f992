package org.mvtd.icons.build;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.mvtd.icons.Icons;
import org.mvtd.icons.SvgRaster;

/**
 * Build step (exec-maven-plugin, process-classes): rasterises every SVG in a directory to
 * {@code OUT/SIZE/NAME.png} at each of {@link Icons#SIZES}, then draws a contact sheet for review.
 * Usage: {@code Rasteriser SVG_DIR PNG_DIR CONTACT_SHEET_PNG}.
 */
public final class Rasteriser {
    private Rasteriser() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Rasteriser SVG_DIR PNG_DIR CONTACT_SHEET_PNG");
        }
        Map<Integer, Map<String, BufferedImage>> rendered = rasterise(Path.of(args[0]), Path.of(args[1]));
        ContactSheet.write(rendered.get(ContactSheet.SIZE), rendered.get(ContactSheet.SMALL), Path.of(args[2]));
    }

    /** Writes every PNG; returns the renderings by size, then by name, for the contact sheet. */
    static Map<Integer, Map<String, BufferedImage>> rasterise(Path svgDir, Path pngDir) throws IOException {
        List<Path> svgs = listSvgs(svgDir);
        if (svgs.isEmpty()) {
            throw new IOException("no SVG icons in " + svgDir);
        }
        Map<Integer, Map<String, BufferedImage>> rendered = new TreeMap<>();
        for (Path svg : svgs) {
            String name = svg.getFileName().toString().replaceFirst("\\.svg$", "");
            URL url = toUrl(svg);
            for (int size : Icons.SIZES) {
                BufferedImage image = SvgRaster.render(url, size);
                Path out = pngDir.resolve(Integer.toString(size)).resolve(name + ".png");
                Files.createDirectories(out.getParent());
                if (!ImageIO.write(image, "png", out.toFile())) {
                    throw new IOException("no PNG writer for " + out);
                }
                rendered.computeIfAbsent(size, s -> new TreeMap<>()).put(name, image);
            }
        }
        return rendered;
    }

    private static List<Path> listSvgs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".svg")).sorted().toList());
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }
}
