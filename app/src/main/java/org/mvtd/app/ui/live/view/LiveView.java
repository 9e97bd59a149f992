package org.mvtd.app.ui.live.view;

import static org.mvtd.app.ui.controls.MenuItems.item;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;
import javafx.stage.Window;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.live.Banner;
import org.mvtd.app.ui.live.LiveGlyphs;
import org.mvtd.app.ui.live.LiveViewModel;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.app.ui.live.plan.ApplyOutcome;
import org.mvtd.app.ui.live.plan.PlanPreview;
import org.mvtd.app.ui.live.plan.TeardownPreview;
import org.mvtd.app.ui.live.verify.VerifyReport;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.app.ui.viewmodel.SelectionModel;

/**
 * Live mode's pieces of the main window: the Live menu, a toolbar group, the connection indicator of the
 * status bar, the banner slot and the canvas overlay, plus the dialogs. A pulse timer drains the board.
 */
public final class LiveView {
    private final LiveViewModel vm;
    private final SelectionModel selection;
    private final Supplier<Window> owner;
    private final BannerView banner;
    private final Label indicator = new Label();
    private LiveOverlay overlay;
    private AnimationTimer pulse;
    private Dialog<ButtonType> lastDialog;
    private ObservableIntegerValue designErrors = new SimpleIntegerProperty(0);

    public LiveView(LiveViewModel vm, SelectionModel selection, Supplier<Window> owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.owner = Objects.requireNonNull(owner, "owner");
        banner = new BannerView(vm, this::showBannerDetails);
        buildIndicator();
        vm.outcomeProperty().addListener((o, a, b) -> {
            if (b != null) {
                lastDialog = OutcomeDialog.show(owner.get(), b);
            }
        });
        vm.verifyReportProperty().addListener((o, a, b) -> {
            if (b != null) {
                lastDialog = VerifyDialog.show(owner.get(), b, selection, this::refOfNode);
            }
        });
        vm.progressProperty().addListener((o, a, b) -> {
            if (a == null && b != null) {
                lastDialog = ProgressDialog.show(owner.get(), vm);
            }
        });
    }

    /** Decorates {@code canvas}, puts live.css and its tokens on {@code root}, and starts the pulse. */
    public void install(CanvasView canvas, Parent root) {
        root.getStyleClass().add(Styles.LIVE_SCOPE);
        root.getStylesheets().add(LiveDialogs.LIVE_CSS);
        overlay = new LiveOverlay(canvas, vm, selection);
        LiveLegend legend = new LiveLegend();
        legend.visibleProperty().bind(vm.stateProperty().isEqualTo(ConnectionState.CONNECTED));
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10, 190, 10, 10)); // wraps short of the zoom bar on the right
        canvas.getChildren().add(legend);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                overlay.pulse();
            }
        };
        pulse.start();
    }

    public void stop() {
        if (pulse != null) {
            pulse.stop();
        }
        vm.disconnect();
    }

    public LiveOverlay overlay() {
        return overlay;
    }

    public BannerView banner() {
        return banner;
    }

    public Label indicator() {
        return indicator;
    }

    /** The dialog live mode showed last (tests look into it). */
    public Dialog<ButtonType> lastDialog() {
        return lastDialog;
    }

    // ---------------------------------------------------------------- status bar

    private void buildIndicator() {
        indicator.setId("live-connection");
        indicator.getStyleClass().addAll(Styles.STATUS_ITEM, Styles.CONNECTION);
        SVGPath dot = Glyphs.path(LiveGlyphs.of(ConnectionState.OFFLINE), Styles.CONNECTION_DOT);
        indicator.setGraphic(dot);
        indicator.textProperty().bind(vm.statusTextProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.statusTextProperty().get()
                + (vm.activityProperty().get().isEmpty() ? "" : "\n" + vm.activityProperty().get()), vm.statusTextProperty(), vm.activityProperty()));
        indicator.setTooltip(tip);
        vm.stateProperty().addListener((o, a, b) -> stateChanged(dot, b));
        stateChanged(dot, vm.state());
        indicator.setOnMouseClicked(e -> {
            if (vm.state() == ConnectionState.OFFLINE || vm.state() == ConnectionState.FAILED) {
                vm.connect();
            }
        });
    }

    private void stateChanged(SVGPath dot, ConnectionState s) {
        for (ConnectionState x : ConnectionState.values()) {
            indicator.pseudoClassStateChanged(Styles.pseudo(x.pseudoClass()), x == s);
        }
        dot.setContent(LiveGlyphs.of(s));
    }

    // ---------------------------------------------------------------- menu and toolbar

    public Menu menu() {
        Menu m = new Menu("_Live");
        m.setId("live-menu");
        MenuItem connect = item("_Connect to Host (This Machine)\u2026", "Shortcut+Shift+L", vm::connect);
        connect.setId("live-connect");
        connect.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.state() == ConnectionState.CONNECTING || vm.state() == ConnectionState.CONNECTED, vm.stateProperty()));
        MenuItem disconnect = item("_Disconnect", null, vm::disconnect);
        disconnect.setId("live-disconnect");
        disconnect.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.state() != ConnectionState.CONNECTED && vm.state() != ConnectionState.CONNECTING, vm.stateProperty()));
        Menu hosts = new Menu("Target _Host");
        fillHosts(hosts);
        vm.hosts().addListener((ListChangeListener<String>) c -> fillHosts(hosts));
        vm.targetHostProperty().addListener((o, a, b) -> fillHosts(hosts));
        MenuItem apply = item("_Apply to Machine\u2026", "Shortcut+Shift+A", this::apply);
        apply.setId("live-apply");
        apply.disableProperty().bind(new LiveTools(vm, designErrors, this::apply).applyOff());
        MenuItem teardown = onlineItem("_Tear Down\u2026", null, this::teardown);
        teardown.setId("live-teardown");
        MenuItem discover = onlineItem("_Import Live Host as New Design", null, vm::discover);
        discover.setId("live-discover");
        MenuItem verify = item("_Verify in a Lab", "Shortcut+Shift+V", vm::verify);
        verify.setId("live-verify");
        verify.disableProperty().bind(vm.verifyingProperty());
        MenuItem hideLab = item("_Hide Lab Results", null, vm::clearVerify);
        hideLab.disableProperty().bind(vm.verifyReportProperty().isNull());
        m.getItems().addAll(connect, disconnect, hosts, new SeparatorMenuItem(), apply, teardown, discover,
                new SeparatorMenuItem(), verify, hideLab);
        return m;
    }

    private void fillHosts(Menu hosts) {
        hosts.getItems().clear();
        ToggleGroup g = new ToggleGroup();
        for (String h : vm.hosts()) {
            RadioMenuItem r = new RadioMenuItem(h);
            r.setMnemonicParsing(false);
            r.setToggleGroup(g);
            r.setSelected(h.equals(vm.targetHost()));
            r.setOnAction(e -> vm.chooseHost(h));
            hosts.getItems().add(r);
        }
        hosts.setDisable(hosts.getItems().isEmpty());
    }

    private MenuItem onlineItem(String text, String accel, Runnable action) {
        MenuItem m = item(text, accel, action);
        m.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.connected() || vm.busyProperty().get(),
                vm.stateProperty(), vm.busyProperty()));
        return m;
    }

    /** The toolbar group: connect to the host or disconnect, apply, verify. */
    public List<Node> toolItems() {
        return new LiveTools(vm, designErrors, this::apply).items();
    }

    /** Apply stays off while the design has errors (the helper would refuse it); {@code errors} counts them. */
    public void gateApplyOn(ObservableIntegerValue errors) {
        designErrors = Objects.requireNonNull(errors, "errors");
    }

    // ---------------------------------------------------------------- actions

    private void apply() {
        vm.plan(p -> lastDialog = PlanDialog.show(owner.get(), p, () -> applyConfirmed(p)));
    }

    private void applyConfirmed(PlanPreview p) {
        vm.apply(p);
    }

    private void teardown() {
        vm.prepareTeardown(t -> lastDialog = TeardownDialog.show(owner.get(), t, () -> teardownConfirmed(t)));
    }

    private void teardownConfirmed(TeardownPreview t) {
        vm.teardown(t);
    }

    private void showBannerDetails() {
        Banner b = vm.bannerProperty().get();
        if (b == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        if (owner.get() != null) {
            a.initOwner(owner.get());
        }
        a.setTitle("Details");
        a.setHeaderText(b.headline());
        TextArea t = new TextArea(b.advice() + (b.details().isEmpty() ? "" : "\n\n" + b.details()));
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(10);
        a.getDialogPane().setContent(t);
        a.show();
    }

    /** The canvas element of a reach node id ({@code host/endpoint}, a guest's or station's name). */
    private ElementRef refOfNode(String id) {
        ElementRef host = null;
        for (ElementRef r : Elements.all(vm.document().design())) {
            if (r.qualifiedName().equals(id)) {
                if (r.kind() != ElementKind.HOST) {
                    return r;
                }
                host = r;
            }
        }
        return host;
    }

    /** For tests: the outcome shown last. */
    public ApplyOutcome outcome() {
        return vm.outcomeProperty().get();
    }

    /** For tests: the lab report shown. */
    public VerifyReport report() {
        return vm.verifyReportProperty().get();
    }
}
