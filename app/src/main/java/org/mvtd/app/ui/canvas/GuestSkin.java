package org.mvtd.app.ui.canvas;

import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.Design;

/** A guest: a virtual machine and how many NICs it has. */
public final class GuestSkin extends BoxSkin {
    public GuestSkin(ElementRef ref) {
        super(ref, Glyphs.GUEST);
    }

    @Override
    protected String subtitleText(Design d) {
        return d.guest(ref().name()).map(g -> g.nics().isEmpty() ? "guest \u00b7 no NIC yet"
                : g.nics().size() == 1 ? "guest \u00b7 " + g.nics().get(0).model().libvirtName()
                : "guest \u00b7 " + g.nics().size() + " NICs").orElse("");
    }
}
