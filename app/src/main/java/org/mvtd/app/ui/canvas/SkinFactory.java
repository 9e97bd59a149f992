package org.mvtd.app.ui.canvas;

import org.mvtd.model.Guest;
import org.mvtd.model.edit.ElementRef;

/** Makes the skin for an element's kind (a guest's skin also by what the guest is: VM or container). */
public final class SkinFactory {
    public ElementSkin create(ElementRef ref) {
        return create(ref, null);
    }

    /** The skin for {@code ref} whose record is {@code model} (null: not known yet). */
    public ElementSkin create(ElementRef ref, Object model) {
        return switch (ref.kind()) {
            case SWITCH -> new SwitchSkin(ref);
            case STATION -> new StationSkin(ref);
            case HOST -> new HostSkin(ref);
            case DEVICE -> new DeviceSkin(ref);
            case ENDPOINT -> new EndpointSkin(ref);
            case GUEST -> isContainer(model) ? new ContainerSkin(ref) : new GuestSkin(ref);
        };
    }

    /** Whether {@code s} still suits its element's record {@code model} (a guest turned container needs another). */
    public boolean fits(ElementSkin s, Object model) {
        return !(model instanceof Guest) || (s instanceof ContainerSkin) == isContainer(model);
    }

    private static boolean isContainer(Object model) {
        return model instanceof Guest g && g.isContainer();
    }
}
