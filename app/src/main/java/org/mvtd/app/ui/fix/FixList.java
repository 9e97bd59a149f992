package org.mvtd.app.ui.fix;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.fix.Fix;
import org.mvtd.model.fix.PairChange;
import org.mvtd.model.fix.Reach;

/**
 * The fixes of one {@link Offer}, as the why card, the Problems panel and the Diagnose window show them: each
 * with its changes, the pair it makes ping and the isolation it would cost; pointing at one (or focusing its
 * Apply button) previews it on the canvas, Apply applies it as one undo step.
 */
public final class FixList extends VBox {
    /** Side effects listed by name; the rest are counted. */
    private static final int EFFECTS_SHOWN = 3;

    private final QuickFixes fixes;
    private final int shown;
    private boolean compact;
    private Offer offer;
    private Consumer<Fix> onApplied = f -> { };

    /** At most {@code shown} fixes are listed (the rest counted), fewest side effects first. */
    public FixList(QuickFixes fixes, int shown) {
        this.fixes = Objects.requireNonNull(fixes, "fixes");
        this.shown = shown;
        getStyleClass().add("mvtd-fix-list");
        setSpacing(4);
        setOnMouseExited(e -> fixes.endPreview(offer));
    }

    /**
     * Compact rows (the why card floats over the drawing): a fix's name and its side effects counted on one line;
     * the changes and the pairs are in their tooltips, and the goal is left out (the card names the pair).
     */
    public void setCompact(boolean compact) {
        this.compact = compact;
    }

    /** Told after a fix was applied (the card closes, the window says so). */
    public void setOnApplied(Consumer<Fix> onApplied) {
        this.onApplied = Objects.requireNonNull(onApplied, "onApplied");
    }

    /** Lists the fixes of {@code offer}; null empties the list. */
    public void show(Offer offer) {
        if (this.offer != null && this.offer != offer) {
            fixes.endPreview(this.offer);
        }
        this.offer = offer;
        getChildren().clear();
        if (offer == null) {
            return;
        }
        if (offer.diagnosis().pingsAlready()) {
            getChildren().add(note(offer.title() + ": pings already, nothing to fix."));
            return;
        }
        List<Fix> all = offer.diagnosis().fixes();
        if (all.isEmpty()) {
            getChildren().add(note("No one-click fix: no candidate change (a host shim, vepa + hairpin, a mode change,"
                    + " bringing things up, or two of them) makes this pair ping in a valid design."));
            return;
        }
        for (int i = 0; i < Math.min(shown, all.size()); i++) {
            getChildren().add(row(offer, all.get(i), i + 1));
        }
        if (all.size() > shown) {
            getChildren().add(note("\u2026 and " + (all.size() - shown) + " more (Diagnose from the element's menu lists all)"));
        }
    }

    private Region row(Offer offer, Fix f, int number) {
        Label title = new Label(number + ". " + f.name());
        title.getStyleClass().add("mvtd-fix-title");
        VBox text = new VBox(1, title);
        String changes = f.changes().stream().map(c -> element(c.element()) + ": " + c.description())
                .collect(Collectors.joining("\n"));
        if (compact) {
            title.setTooltip(new Tooltip(changes));
        } else {
            text.getChildren().add(small(changes, "mvtd-fix-change"));
        }
        if (!compact) {
            text.getChildren().add(small(goal(f), "mvtd-fix-goal"));
        }
        List<PairChange> effects = f.sideEffects();
        if (!effects.isEmpty()) {
            String all = sideEffects(effects);
            Label warn = small(compact ? all.substring(0, all.indexOf(':')) + " for " + effects.size()
                    + (effects.size() == 1 ? " other pair" : " other pairs") : all, "mvtd-fix-effect");
            warn.setTooltip(new Tooltip(all.replace("; ", "\n")));
            warn.setGraphic(Glyphs.path(Glyphs.WARNING, Styles.GLYPH));
            text.getChildren().add(warn);
        }
        Button apply = new Button("Apply");
        apply.setId("fix-apply-" + number);
        apply.getStyleClass().add("mvtd-fix-apply");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.setTooltip(new Tooltip("Apply \u201c" + f.name() + "\u201d (one undo step)"));
        apply.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                fixes.preview(offer, f);
            }
        });
        apply.setOnAction(e -> {
            if (fixes.apply(offer, f)) {
                onApplied.accept(f);
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text, apply);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("mvtd-fix-row");
        row.setUserData(f);
        row.setOnMouseEntered(e -> fixes.preview(offer, f));
        return row;
    }

    /** "switch lan" for "switches[lan]": the words the canvas uses. */
    private static String element(String path) {
        return ElementRef.fromPath(path).map(ElementRef::label).orElse(path);
    }

    private static String goal(Fix f) {
        return f.pairs().stream().filter(PairChange::goal).findFirst()
                .map(p -> "makes " + f.goalFrom() + " \u2194 " + f.goalTo() + " ping (" + Reach.words(p.before())
                        + " \u2192 " + Reach.words(p.after()) + ")")
                .orElse("makes " + f.goalFrom() + " \u2194 " + f.goalTo() + " ping");
    }

    /** "Isolation lost: a → b (nothing → ping); … and 2 more". */
    static String sideEffects(List<PairChange> effects) {
        String named = effects.stream().limit(EFFECTS_SHOWN)
                .map(p -> p.from() + " \u2192 " + p.to() + " (" + Reach.words(p.before()) + " \u2192 "
                        + Reach.words(p.after()) + ")")
                .collect(Collectors.joining("; "));
        String kinds = effects.stream().map(PairChange::effect).distinct().collect(Collectors.joining(", "));
        return Character.toUpperCase(kinds.charAt(0)) + kinds.substring(1) + ": " + named
                + (effects.size() > EFFECTS_SHOWN ? "; \u2026 and " + (effects.size() - EFFECTS_SHOWN) + " more" : "");
    }

    private static Label small(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label note(String s) {
        return small(s, "mvtd-fix-note");
    }
}
