package org.mvtd.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class IconsTest {
    static final List<String> NAMES = Icons.NAMES;

    static Stream<Arguments> everyPng() {
        return Icons.NAMES.stream().flatMap(name -> Icons.SIZES.stream().map(size -> Arguments.of(size, name)));
    }

    @ParameterizedTest(name = "{0}.svg parses and renders")
    @FieldSource("NAMES")
    void everySvgParsesAndRenders(String name) {
        assertThat(SvgRaster.parse(Icons.svg(name)).viewBox().width).isEqualTo(24f);
        assertVisible(Icons.render(name, 24), name + " rendered from SVG");
    }

    @ParameterizedTest(name = "{1} at {0} px")
    @MethodSource("everyPng")
    void everyPngExistsAtEverySizeAndIsNotBlank(int size, String name) throws IOException {
        BufferedImage image;
        try (InputStream in = Icons.openPng(size, name)) {
            image = ImageIO.read(in);
        }
        assertThat(image).as("PNG %s at %d px decodes", name, size).isNotNull();
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertVisible(image, name + " at " + size + " px");
    }

    @Test
    void theSvgDirectoryHoldsExactlyTheNamedIcons() throws IOException, URISyntaxException {
        URL anyIcon = Icons.svg(Icons.APP);
        Path dir = Path.of(anyIcon.toURI()).getParent();
        Set<String> files = new HashSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(NAMES.stream().map(n -> n + ".svg").toList());
    }

    @Test
    void unknownNamesAndSizesAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> Icons.png(48, "router"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown icon 'router'")
                .hasMessageContaining("macvtap");
        assertThatThrownBy(() -> Icons.png(20, Icons.NIC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no PNG at 20 px");
        assertThatThrownBy(() -> Icons.render(Icons.NIC, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nearestSizePicksTheNextLargerShippedSize() {
        assertThat(Icons.nearestSize(1)).isEqualTo(16);
        assertThat(Icons.nearestSize(24)).isEqualTo(24);
        assertThat(Icons.nearestSize(40)).isEqualTo(48);
        assertThat(Icons.nearestSize(1000)).isEqualTo(256);
    }

    @Test
    void renderingScalesToAnySize() {
        assertThat(Icons.render(Icons.GUEST, 40).getWidth()).isEqualTo(40);
    }

    @Test
    void theBadgesDifferInShapeNotOnlyInColour() {
        // Colour-blind users tell states apart by outline: compare the opaque-pixel masks.
        Set<String> masks = new HashSet<>();
        for (String badge : List.of(Icons.BADGE_UP, Icons.BADGE_DOWN, Icons.BADGE_UNKNOWN)) {
            masks.add(alphaMask(Icons.render(badge, 24)));
        }
        assertThat(masks).hasSize(3);
    }

    private static String alphaMask(BufferedImage image) {
        StringBuilder mask = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                mask.append((image.getRGB(x, y) >>> 24) > 128 ? '#' : '.');
            }
        }
        return mask.toString();
    }

    /** Non-transparent over a real share of the area, and more than one colour (so not a flat blob). */
    private static void assertVisible(BufferedImage image, String what) {
        int opaque = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) > 0) {
                    opaque++;
                    colours.add(argb | 0xFF000000);
                }
            }
        }
        int area = image.getWidth() * image.getHeight();
        assertThat(opaque).as("%s: non-transparent pixels of %d", what, area).isGreaterThan(area / 5);
        assertThat(colours.size()).as("%s: distinct colours", what).isGreaterThan(2);
    }
}
