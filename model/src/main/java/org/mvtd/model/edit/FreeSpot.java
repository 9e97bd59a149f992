package org.mvtd.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mvtd.model.Position;

/**
 * Where a new element's box fits: the spot nearest a wanted centre whose box, with a gap, overlaps no
 * other element. A device or endpoint may sit inside its own host, but the host's box, grown to hold it,
 * must overlap nothing it did not already overlap.
 */
final class FreeSpot {
    static final double GAP = 16;
    private static final double STEP = 10;
    private static final int RINGS = 160; // 1,600 design units each way: then the caller makes room instead

    private final Layout layout;

    FreeSpot(Layout layout) {
        this.layout = layout;
    }

    /** The free centre nearest {@code want} for a new element of kind {@code k} ({@code host}: its host, or null). */
    Optional<Position> near(Position want, ElementKind k, String host) {
        Box size = Layout.size(k);
        Box hostBox = host == null ? null : layout.bounds(ElementRef.host(host)).orElse(null);
        List<Box> forKid = new ArrayList<>();
        List<Box> forHost = new ArrayList<>();
        double reach = RINGS * STEP + 2 * Math.max(size.width(), size.height()) + 2 * GAP;
        for (Map.Entry<ElementRef, Box> e : layout.all().entrySet()) {
            ElementRef r = e.getKey();
            Box b = e.getValue();
            if (Math.abs(b.centre().x() - want.x()) > reach + b.width() && hostBox == null
                    || Math.abs(b.centre().y() - want.y()) > reach + b.height() && hostBox == null) {
                continue; // too far away to matter
            }
            boolean own = host != null && (host.equals(r.host()) || r.kind() == ElementKind.HOST && r.name().equals(host));
            if (!(r.kind() == ElementKind.HOST && own)) {
                forKid.add(b);
            }
            if (hostBox != null && !own && !overlaps(hostBox, b, 0)) {
                forHost.add(b);
            }
        }
        for (int ring = 0; ring <= RINGS; ring++) {
            Position best = null;
            double bestDistance = Double.MAX_VALUE;
            for (Position c : ring(want, ring)) {
                Box box = Box.around(c, size.width(), size.height());
                if (free(box, forKid, GAP) && (hostBox == null || free(grown(hostBox, box), forHost, GAP))) {
                    double dist = Box.distance(c, want);
                    if (dist < bestDistance) {
                        best = c;
                        bestDistance = dist;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** The box of a host {@code host} once it also holds {@code kid} (as {@link Layout} draws it). */
    static Box grown(Box host, Box kid) {
        return host.union(new Box(kid.minX() - Layout.HOST_PAD, kid.minY() - Layout.HOST_PAD - Layout.HOST_HEADER,
                kid.width() + 2 * Layout.HOST_PAD, kid.height() + 2 * Layout.HOST_PAD + Layout.HOST_HEADER));
    }

    /** Whether the interiors of {@code a}, grown by {@code gap} on every side, and {@code b} meet. */
    static boolean overlaps(Box a, Box b, double gap) {
        return a.minX() - gap < b.maxX() && b.minX() < a.maxX() + gap
                && a.minY() - gap < b.maxY() && b.minY() < a.maxY() + gap;
    }

    private static boolean free(Box box, List<Box> others, double gap) {
        for (Box o : others) {
            if (overlaps(box, o, gap)) {
                return false;
            }
        }
        return true;
    }

    /** The grid points on the square ring {@code n} steps out from {@code c}. */
    private static List<Position> ring(Position c, int n) {
        if (n == 0) {
            return List.of(c);
        }
        List<Position> out = new ArrayList<>(8 * n);
        for (int i = -n; i <= n; i++) {
            out.add(Box.shift(c, i * STEP, -n * STEP));
            out.add(Box.shift(c, i * STEP, n * STEP));
            if (i != -n && i != n) {
                out.add(Box.shift(c, -n * STEP, i * STEP));
                out.add(Box.shift(c, n * STEP, i * STEP));
            }
        }
        return out;
    }
}
