package org.mvtd.app.ui.canvas;

import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.Design;

/** A station: a machine on a switch outside the hosts. */
public final class StationSkin extends BoxSkin {
    public StationSkin(ElementRef ref) {
        super(ref, Glyphs.STATION);
    }

    @Override
    protected String subtitleText(Design d) {
        return "station on " + d.station(ref().name()).map(s -> s.switchName()).orElse("?");
    }
}
