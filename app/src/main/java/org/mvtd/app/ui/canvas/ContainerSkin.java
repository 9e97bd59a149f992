package org.mvtd.app.ui.canvas;

import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ElementRef;

/** A container guest: its NICs are macvlan endpoints moved into its network namespace. */
public final class ContainerSkin extends BoxSkin {
    public ContainerSkin(ElementRef ref) {
        super(ref, Glyphs.CONTAINER);
        getRoot().getStyleClass().add(Styles.CONTAINER);
    }

    @Override
    protected String subtitleText(Design d) {
        return d.guest(ref().name()).map(g -> g.nics().isEmpty() ? "container \u00b7 no NIC yet"
                : g.nics().size() == 1 ? "container \u00b7 on " + g.nics().get(0).endpoint()
                : "container \u00b7 " + g.nics().size() + " NICs").orElse("");
    }
}
