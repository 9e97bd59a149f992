package org.mvtd.app.ui.canvas;

import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.Design;
import org.mvtd.model.Device;

/** A lower device: its kind, whether the host's own address sits on it, and its state. */
public final class DeviceSkin extends BoxSkin {
    public DeviceSkin(ElementRef ref) {
        super(ref, Glyphs.DEVICE);
    }

    @Override
    protected String subtitleText(Design d) {
        Device x = Elements.device(d, ref()).orElse(null);
        if (x == null) {
            return "";
        }
        String s = x.kind().yamlName() + (x.hostAddress() ? " \u00b7 host IP" : "");
        if (!x.up()) {
            return s + " \u00b7 down";
        }
        return x.plugged() ? s : s + " \u00b7 unplugged";
    }
}
