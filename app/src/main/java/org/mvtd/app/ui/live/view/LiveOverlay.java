package org.mvtd.app.ui.live.view;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mvtd.app.ui.canvas.CanvasDecorator;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.canvas.ElementSkin;
import org.mvtd.app.ui.live.LiveViewModel;
import org.mvtd.app.ui.live.board.LiveLink;
import org.mvtd.app.ui.live.board.LiveMark;
import org.mvtd.app.ui.live.board.RateHistory;
import org.mvtd.app.ui.live.verify.LabMark;
import org.mvtd.app.ui.live.verify.VerifyReport;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementKind;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.SelectionModel;

/**
 * Decorates the canvas's cards with live state and lab marks. Skins get a {@link LiveDecoration} and
 * pseudo-classes ({@code :live-up}, {@code :flapping}, {@code :vanished}, {@code :foreign},
 * {@code :lab-disagree}); devices and endpoints get a tooltip with their rates as a sparkline. Updates come
 * from the board's map (one batch per pulse) and from the selection (the lab marks are from the selected node).
 */
public final class LiveOverlay implements CanvasDecorator {
    /** How long a card flashes after a flap. */
    public static final long FLASH_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);

    private final CanvasView canvas;
    private final LiveViewModel vm;
    private final SelectionModel selection;
    private final Map<ElementSkin, LiveDecoration> decorations = new HashMap<>();
    private final Map<ElementSkin, Tip> tips = new HashMap<>();
    private final Set<ElementRef> flashing = new HashSet<>();
    private Map<String, LabMark> labMarks = Map.of();

    /** A card's tooltip: the state in words, the sparkline, the latest rates. */
    private static final class Tip {
        final Tooltip tooltip = new Tooltip();
        final Label summary = new Label();
        final Sparkline spark = new Sparkline();
        final Label rates = new Label();
        boolean installed;

        Tip() {
            VBox box = new VBox(summary, spark, rates);
            box.getStyleClass().add(Styles.LIVE_TIP);
            tooltip.setGraphic(box);
            tooltip.setShowDelay(Duration.millis(250));
            tooltip.setShowDuration(Duration.INDEFINITE);
        }
    }

    public LiveOverlay(CanvasView canvas, LiveViewModel vm, SelectionModel selection) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.selection = Objects.requireNonNull(selection, "selection");
        vm.board().links().addListener((MapChangeListener<String, LiveLink>) c -> refresh(vm.refOf(c.getKey())));
        vm.targetHostProperty().addListener((o, a, b) -> refreshAll());
        vm.foreign().addListener((SetChangeListener<ElementRef>) c -> refreshAll());
        vm.verifyReportProperty().addListener((o, a, b) -> labChanged());
        selection.getSelectedItems().addListener((SetChangeListener<ElementRef>) c -> labChanged());
        canvas.layers().addDecorator(this);
    }

    @Override
    public void created(ElementSkin skin) {
        if (skin.ref().kind() == ElementKind.HOST) {
            return;
        }
        LiveDecoration d = new LiveDecoration();
        decorations.put(skin, d);
        skin.setDecoration(d);
        if (skin.ref().kind() == ElementKind.DEVICE || skin.ref().kind() == ElementKind.ENDPOINT) {
            Tip t = new Tip();
            tips.put(skin, t);
            t.tooltip.setOnShowing(e -> fillTip(skin, t));
        }
        refresh(skin);
    }

    @Override
    public void disposed(ElementSkin skin) {
        decorations.remove(skin);
        Tip t = tips.remove(skin);
        if (t != null) {
            Tooltip.uninstall(skin.getRoot(), t.tooltip);
        }
        skin.setDecoration(null);
        flashing.remove(skin.ref());
    }

    /** FX pulse: applies the queued link states (one batch) and ends flashes whose time is up. */
    public void pulse() {
        vm.pulse(); // the board's map listener refreshes each changed card
        if (!flashing.isEmpty()) {
            for (ElementRef r : List.copyOf(flashing)) {
                refresh(r);
            }
        }
    }

    private void refresh(ElementRef r) {
        if (r != null) {
            ElementSkin s = canvas.layers().skin(r);
            if (s != null) {
                refresh(s);
            }
        }
    }

    public void refreshAll() {
        decorations.keySet().forEach(this::refresh);
    }

    private void refresh(ElementSkin skin) {
        LiveDecoration d = decorations.get(skin);
        if (d == null) {
            return;
        }
        ElementRef r = skin.ref();
        Region root = skin.getRoot();
        LiveLink l = vm.linkOf(r);
        LiveMark mark = l == null ? null : l.mark();
        for (LiveMark m : LiveMark.values()) {
            root.pseudoClassStateChanged(Styles.pseudo(m.pseudoClass()), m == mark);
        }
        boolean flash = l != null && l.flashing(vm.board().now(), FLASH_NANOS);
        root.pseudoClassStateChanged(Styles.FLAPPING, flash);
        if (flash) {
            flashing.add(r);
        } else {
            flashing.remove(r);
        }
        root.pseudoClassStateChanged(Styles.VANISHED, l != null && l.vanished());
        root.pseudoClassStateChanged(Styles.FOREIGN, vm.isForeign(r));
        LabMark lab = labMarks.get(r.qualifiedName());
        for (LabMark m : LabMark.values()) {
            root.pseudoClassStateChanged(Styles.pseudo(m.pseudoClass()), m == lab);
        }
        d.show(l, lab);
        Tip t = tips.get(skin);
        if (t != null) {
            // installed only while the link is watched, and only once (install adds handlers each time)
            if (l == null && t.installed) {
                Tooltip.uninstall(root, t.tooltip);
                t.installed = false;
            } else if (l != null && !t.installed) {
                Tooltip.install(root, t.tooltip);
                t.installed = true;
            }
            if (l != null && t.tooltip.isShowing()) {
                fillTip(skin, t);
            }
        }
    }

    private void fillTip(ElementSkin skin, Tip t) {
        LiveLink l = vm.linkOf(skin.ref());
        if (l == null) {
            return;
        }
        t.summary.setText(skin.ref().label() + ": " + l.summary() + (l.flaps() > 0 ? " \u00b7 " + l.flaps() + " flaps" : ""));
        RateHistory h = l.rates();
        t.spark.setData(h.rx(), h.tx());
        t.rates.setText(h.size() == 0 ? "rates: waiting for two counter readings"
                : "rx " + RateHistory.format(h.lastRx()) + " (solid) \u00b7 tx " + RateHistory.format(h.lastTx())
                        + " (dashed) \u00b7 peak " + RateHistory.format(t.spark.peak()) + " \u00b7 last " + h.size() + " s");
    }

    private void labChanged() {
        VerifyReport v = vm.verifyReportProperty().get();
        String from = selection.single().map(ElementRef::qualifiedName).orElse(null);
        labMarks = v == null ? Map.of() : v.marksFrom(from);
        refreshAll();
    }

    /** For tests: the decoration of {@code r}'s card, or null. */
    public LiveDecoration decorationOf(ElementRef r) {
        ElementSkin s = canvas.layers().skin(r);
        return s == null ? null : decorations.get(s);
    }

    /** For tests: the tooltip's sparkline of {@code r}'s card, filled as if shown. */
    public Sparkline sparklineOf(ElementRef r) {
        Tip t = filledTip(r);
        return t == null ? null : t.spark;
    }

    /** The tooltip of {@code r}'s card, filled (screenshots show it by hand), or null for cards without one. */
    public Tooltip tooltipOf(ElementRef r) {
        Tip t = filledTip(r);
        return t == null ? null : t.tooltip;
    }

    /** For tests: the tooltip's text line of {@code r}'s card. */
    public String tipSummaryOf(ElementRef r) {
        Tip t = filledTip(r);
        return t == null ? null : t.summary.getText();
    }

    /** The tooltip of {@code r}'s card filled as if shown, or null for cards without one. */
    private Tip filledTip(ElementRef r) {
        ElementSkin s = canvas.layers().skin(r);
        Tip t = s == null ? null : tips.get(s);
        if (t != null) {
            fillTip(s, t);
        }
        return t;
    }
}
