package org.mvtd.app.ui.canvas;

import org.mvtd.model.edit.ElementRef;

/** Makes the skin for an element's kind. */
public final class SkinFactory {
    public ElementSkin create(ElementRef ref) {
        return switch (ref.kind()) {
            case SWITCH -> new SwitchSkin(ref);
            case STATION -> new StationSkin(ref);
            case HOST -> new HostSkin(ref);
            case DEVICE -> new DeviceSkin(ref);
            case ENDPOINT -> new EndpointSkin(ref);
            case GUEST -> new GuestSkin(ref);
        };
    }
}
