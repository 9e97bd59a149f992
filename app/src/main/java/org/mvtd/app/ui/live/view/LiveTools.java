package org.mvtd.app.ui.live.view;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.mvtd.app.ui.live.LiveViewModel;
import org.mvtd.app.ui.live.connect.ConnectionState;

/**
 * Live mode's toolbar group: connect to the host, apply, verify. Apply says in its tooltip why it is off;
 * the tooltip sits on a slot around the button too, because a disabled button gets no hover and shows none.
 */
final class LiveTools {
    static final String CONNECT_TIP = "Live mode: start this machine's privileged helper (it asks for the administrator"
            + " password) to apply the design and watch its links live (Ctrl+Shift+L)";
    static final String APPLY_TIP = "Show what applying the design to this machine does, then apply it (Ctrl+Shift+A)";

    private final LiveViewModel vm;
    private final ObservableIntegerValue errors;
    private final Runnable apply;

    LiveTools(LiveViewModel vm, ObservableIntegerValue errors, Runnable apply) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /** Why Apply is off now, or empty when it is on. */
    static String whyNoApply(boolean connected, boolean busy, String activity, int errors) {
        if (!connected) {
            return "Apply is off: not connected. Connect to the host first (Live \u2192 Connect to Host, Ctrl+Shift+L).";
        }
        if (busy) {
            return "Apply is off: the helper is busy" + (activity == null || activity.isBlank() ? "" : " (" + activity + ")")
                    + "; wait until it finishes.";
        }
        if (errors > 0) {
            return "Apply is off: the design has " + errors + (errors == 1 ? " error" : " errors")
                    + " the kernel would refuse. Fix them first (Problems, F8).";
        }
        return "";
    }

    StringBinding applyReason() {
        return Bindings.createStringBinding(() -> whyNoApply(vm.connected(), vm.busyProperty().get(),
                vm.activityProperty().get(), errors.get()), vm.stateProperty(), vm.busyProperty(), vm.activityProperty(), errors);
    }

    BooleanBinding applyOff() {
        StringBinding why = applyReason();
        return Bindings.createBooleanBinding(() -> !why.get().isEmpty(), why);
    }

    List<Node> items() {
        Button connect = new Button();
        connect.setId("live-connect-button");
        connect.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.state()) {
            case OFFLINE, FAILED -> "Connect to Host\u2026";
            case CONNECTING -> "Connecting\u2026";
            case CONNECTED -> "Disconnect Host";
        }, vm.stateProperty()));
        connect.disableProperty().bind(vm.stateProperty().isEqualTo(ConnectionState.CONNECTING));
        connect.setTooltip(new Tooltip(CONNECT_TIP));
        connect.setOnAction(e -> {
            if (vm.connected()) {
                vm.disconnect();
            } else {
                vm.connect();
            }
        });
        Button applyButton = new Button("Apply\u2026");
        applyButton.setId("live-apply-button");
        StringBinding why = applyReason();
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(why.isEmpty()).then(APPLY_TIP).otherwise(why));
        applyButton.setTooltip(tip);
        applyButton.disableProperty().bind(applyOff());
        applyButton.setOnAction(e -> apply.run());
        StackPane slot = new StackPane(applyButton);
        slot.setId("live-apply-slot");
        Tooltip.install(slot, tip);
        Button verify = new Button("Verify");
        verify.setId("live-verify-button");
        verify.setTooltip(new Tooltip("Build the design in a lab of network namespaces and compare the kernel with the engine"));
        verify.disableProperty().bind(vm.verifyingProperty());
        verify.setOnAction(e -> vm.verify());
        for (Button b : List.of(connect, applyButton, verify)) {
            b.setFocusTraversable(false);
        }
        return List.of(new Separator(), connect, slot, verify);
    }
}
