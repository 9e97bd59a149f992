package org.mvtd.app.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;

/**
 * Ctrl+F: finds elements by name or MAC address. Every match is highlighted; Enter (and Shift+Enter back)
 * steps through them, selecting each and centring the view on it; Esc closes the bar and the highlight.
 */
final class FindBar extends HBox {
    private final CanvasView canvas;
    private final CanvasViewModel vm;
    private final TextField query = new TextField();
    private final Label count = new Label();
    private final Set<ElementRef> marked = new HashSet<>();
    private List<ElementRef> matches = List.of();
    private int current = -1;

    FindBar(CanvasView canvas, CanvasViewModel vm) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.vm = Objects.requireNonNull(vm, "vm");
        getStyleClass().add(Styles.FIND_BAR);
        setId("mvtd-find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        query.setPromptText("Find by name or MAC");
        query.setId("mvtd-find-field");
        query.setPrefColumnCount(18);
        count.setId("mvtd-find-count");
        count.setMinWidth(70);
        Button prev = new Button("\u2191");
        prev.setOnAction(e -> step(true));
        Button next = new Button("\u2193");
        next.setOnAction(e -> step(false));
        Button close = new Button("\u2715");
        close.setOnAction(e -> close());
        prev.setFocusTraversable(false);
        next.setFocusTraversable(false);
        close.setFocusTraversable(false);
        getChildren().addAll(new Label("Find"), query, count, prev, next, close);
        setVisible(false);
        query.textProperty().addListener((o, a, b) -> search());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        vm.shownProperty().addListener((o, a, b) -> {
            if (isVisible()) {
                search();
            }
        });
    }

    /** Opens the bar with the field focused and its text selected. */
    void open() {
        setVisible(true);
        toFront();
        query.requestFocus();
        query.selectAll();
        search();
    }

    void close() {
        setVisible(false);
        mark(List.of());
        matches = List.of();
        current = -1;
        canvas.focusCanvas();
    }

    /** The elements of {@code d} whose name, or an endpoint's MAC, contains {@code text} (any case; ':' or '-' in MACs). */
    static List<ElementRef> matches(Design d, String text) {
        String q = text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        String mac = q.replace('-', ':');
        List<ElementRef> out = new ArrayList<>();
        for (ElementRef r : Elements.all(d)) {
            boolean byName = r.name().toLowerCase(Locale.ROOT).contains(q);
            boolean byMac = Elements.endpoint(d, r).map(Endpoint::mac)
                    .filter(m -> m != null && m.toLowerCase(Locale.ROOT).contains(mac)).isPresent();
            if (byName || byMac) {
                out.add(r);
            }
        }
        return out;
    }

    private void search() {
        matches = matches(vm.shownProperty().get(), query.getText());
        current = -1;
        mark(matches);
        count.setText(query.getText().isBlank() ? "" : matches.isEmpty() ? "no match" : matches.size() + " found");
    }

    private void step(boolean back) {
        if (matches.isEmpty()) {
            return;
        }
        current = back ? (current <= 0 ? matches.size() - 1 : current - 1) : (current + 1) % matches.size();
        ElementRef r = matches.get(current);
        vm.selection().select(r);
        canvas.centreOn(canvas.currentLayout().centre(r));
        count.setText((current + 1) + " of " + matches.size());
    }

    private void mark(List<ElementRef> refs) {
        for (ElementRef r : marked) {
            ElementSkin s = canvas.layers().skin(r);
            if (s != null) {
                s.getRoot().pseudoClassStateChanged(Styles.FOUND, false);
            }
        }
        marked.clear();
        for (ElementRef r : refs) {
            ElementSkin s = canvas.layers().skin(r);
            if (s != null) {
                s.getRoot().pseudoClassStateChanged(Styles.FOUND, true);
                marked.add(r);
            }
        }
    }

    /** The field (tests type into it). */
    TextField field() {
        return query;
    }

    /** What the bar says about the matches: "3 found", "2 of 3", "no match". */
    String countText() {
        return count.getText();
    }
}
