package org.mvtd.icons;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The application's icons as classpath resources: one SVG per name under
 * {@code /org/mvtd/icons/svg/NAME.svg} and PNGs rasterised from it during the build under
 * {@code /org/mvtd/icons/png/SIZE/NAME.png}. No JavaFX here: callers get URLs or streams
 * (a JavaFX stage icon is {@code new Image(Icons.png(256, Icons.APP).toExternalForm())}).
 */
public final class Icons {
    /** The application mark (menu, window, installer). */
    public static final String APP = "app";
    /** A design file ({@code *.mvtd.yaml}, MIME type application/x-macvtap-designer) in file managers. */
    public static final String DOCUMENT = "document";
    public static final String SWITCH = "switch";
    public static final String STATION = "station";
    public static final String HOST = "host";
    /** The lower device: a physical NIC. */
    public static final String NIC = "nic";
    public static final String MACVTAP = "macvtap";
    public static final String MACVLAN = "macvlan";
    /** A guest (virtual machine). */
    public static final String GUEST = "guest";
    /** A container guest: its NICs are macvlan endpoints moved into its network namespace. */
    public static final String CONTAINER = "container";
    /** State badges, drawn to be overlaid on an element's lower right corner at about 40 % of its size. */
    public static final String BADGE_UP = "badge-up";
    public static final String BADGE_DOWN = "badge-down";
    public static final String BADGE_UNKNOWN = "badge-unknown";

    /** Every icon name, palette order first. */
    public static final List<String> NAMES = List.of(SWITCH, STATION, HOST, NIC, MACVTAP, MACVLAN, GUEST,
            CONTAINER, BADGE_UP, BADGE_DOWN, BADGE_UNKNOWN, APP, DOCUMENT);

    /** Every size, in pixels, that a PNG is shipped at (the freedesktop hicolor sizes). */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final String ROOT = "/org/mvtd/icons/";

    private Icons() {
    }

    /** The SVG source of {@code name}. */
    public static URL svg(String name) {
        return resource(ROOT + "svg/" + checkName(name) + ".svg");
    }

    /** The PNG of {@code name} at {@code size} pixels; {@code size} must be one of {@link #SIZES}. */
    public static URL png(int size, String name) {
        return resource(ROOT + "png/" + checkSize(size) + "/" + checkName(name) + ".png");
    }

    /** Opens the SVG source of {@code name}; the caller closes the stream. */
    public static InputStream openSvg(String name) {
        return open(svg(name));
    }

    /** Opens the PNG of {@code name} at {@code size} pixels; the caller closes the stream. */
    public static InputStream openPng(int size, String name) {
        return open(png(size, name));
    }

    /** The shipped PNG size closest to {@code size} from above (or the largest), for crisp downscaling. */
    public static int nearestSize(int size) {
        return SIZES.stream().filter(s -> s >= size).findFirst().orElse(SIZES.get(SIZES.size() - 1));
    }

    /** Renders {@code name} from its SVG at any size (e.g. for HiDPI or zoom); ARGB, transparent background. */
    public static BufferedImage render(String name, int size) {
        return SvgRaster.render(svg(name), size);
    }

    static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown icon '" + name + "'; known icons: " + NAMES);
        }
        return name;
    }

    static int checkSize(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("no PNG at " + size + " px; sizes: " + SIZES);
        }
        return size;
    }

    private static URL resource(String path) {
        URL url = Icons.class.getResource(path);
        if (url == null) {
            // Only a broken build gets here: the names and sizes were checked above.
            throw new IllegalStateException("icon resource missing from the classpath: " + path);
        }
        return url;
    }

    private static InputStream open(URL url) {
        try {
            return url.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icon " + url, e);
        }
    }
}
