package org.mvtd.app.ui.canvas;

import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.LinkType;

/** A macvtap or macvlan endpoint: type and mode at a glance, glyph by type. */
public final class EndpointSkin extends BoxSkin {
    public EndpointSkin(ElementRef ref) {
        super(ref, Glyphs.MACVTAP);
    }

    @Override
    public void update(Design d) {
        Endpoint e = Elements.endpoint(d, ref()).orElse(null);
        boolean macvlan = e != null && e.type() == LinkType.MACVLAN;
        glyph().setContent(macvlan ? Glyphs.MACVLAN : Glyphs.MACVTAP);
        // Touch the style classes only on a real change: each change re-styles the card.
        if (macvlan != getRoot().getStyleClass().contains(Styles.MACVLAN)) {
            if (macvlan) {
                getRoot().getStyleClass().add(Styles.MACVLAN);
            } else {
                getRoot().getStyleClass().remove(Styles.MACVLAN);
            }
        }
        super.update(d);
    }

    @Override
    protected String subtitleText(Design d) {
        return Elements.endpoint(d, ref())
                .map(e -> e.type().kernelName() + " \u00b7 " + e.mode().kernelName() + (e.up() ? "" : " \u00b7 down"))
                .orElse("");
    }
}
