package org.mvtd.app.ui.live;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What every live part reports through: the banner, the activity line and whether a helper operation runs. FX thread only. */
public final class LiveStatus {
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ReadOnlyObjectProperty<Banner> bannerProperty() { return banner.getReadOnlyProperty(); }
    public ReadOnlyStringProperty activityProperty() { return activity.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    void banner(Banner b) {
        banner.set(b);
    }

    void activity(String text) {
        activity.set(text);
    }

    boolean busy() {
        return busy.get();
    }

    void busy(boolean b) {
        busy.set(b);
    }
}
