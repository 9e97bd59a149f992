package org.mvtd.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mvtd.model.Design;
import org.mvtd.model.edit.Box;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Layout;

/** Pairs of elements drawn on one another: every pair but a host and its own devices and endpoints. */
public final class Overlaps {
    private Overlaps() {
    }

    /** Each overlapping pair as "a / b", empty when nothing lies on anything else. */
    public static List<String> in(Design d) {
        return in(Layout.of(d).all());
    }

    public static List<String> in(Map<ElementRef, Box> boxes) {
        List<Map.Entry<ElementRef, Box>> all = new ArrayList<>(boxes.entrySet());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                ElementRef a = all.get(i).getKey();
                ElementRef b = all.get(j).getKey();
                if (contains(a, b) || contains(b, a)) {
                    continue;
                }
                Box x = all.get(i).getValue();
                Box y = all.get(j).getValue();
                if (x.minX() < y.maxX() && y.minX() < x.maxX() && x.minY() < y.maxY() && y.minY() < x.maxY()) {
                    out.add(a.label() + " / " + b.label());
                }
            }
        }
        return out;
    }

    private static boolean contains(ElementRef host, ElementRef kid) {
        return host.kind() == ElementKind.HOST && kid.host() != null && kid.host().equals(host.name())
                && (kid.kind() == ElementKind.DEVICE || kid.kind() == ElementKind.ENDPOINT);
    }
}
