package org.mvtd.app.ui.canvas;

import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.Design;

/** A switch: the segment's name and whether it reflects frames back (hairpin). */
public final class SwitchSkin extends BoxSkin {
    public SwitchSkin(ElementRef ref) {
        super(ref, Glyphs.SWITCH);
    }

    @Override
    protected String subtitleText(Design d) {
        boolean hairpin = d.switchNamed(ref().name()).map(s -> s.hairpin()).orElse(false);
        return hairpin ? "switch \u00b7 hairpin on" : "switch \u00b7 no hairpin";
    }
}
