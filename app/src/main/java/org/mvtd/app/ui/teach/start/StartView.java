package org.mvtd.app.ui.teach.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mvtd.app.ui.teach.common.Progress;
import org.mvtd.app.ui.teach.common.TeachGlyphs;
import org.mvtd.app.ui.teach.common.TeachStyles;
import org.mvtd.app.ui.theme.Glyphs;
import org.mvtd.model.lesson.Lesson;
import org.mvtd.model.lesson.Lessons;

/**
 * The welcome pane over the main window: the lessons (ticked when completed), the built-in example,
 * a new or existing design, and recent files. Shown at the first start and from the Learn menu.
 */
public final class StartView extends StackPane {
    /** What the pane's links do. */
    public interface Actions {
        void openLesson(Lesson lesson);

        void openExample();

        void newDesign();

        void openDesign();

        void openRecent(Path file);
    }

    private final Progress progress;
    private final Actions actions;
    private final ObservableList<Path> recent;
    private final VBox lessons = new VBox(4);
    private final VBox recentBox = new VBox(4);
    private final CheckBox showAtStart = new CheckBox("Show this screen at start");

    public StartView(Progress progress, ObservableList<Path> recent, Actions actions) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.actions = Objects.requireNonNull(actions, "actions");
        TeachStyles.styled(this);
        getStyleClass().add(TeachStyles.START);
        setId("mvtd-start");

        Label title = new Label("Welcome to macvtap-designer");
        title.getStyleClass().add(TeachStyles.HEADING);
        Label sub = new Label("Draw NICs, macvtap and macvlan endpoints and guests, and see who reaches whom in the four"
                + " modes, exactly as the Linux kernel decides.");
        sub.getStyleClass().add(TeachStyles.BODY);
        sub.setWrapText(true);

        VBox learn = column("Learn the modes", lessons);
        Button example = link("Open the built-in example", "two bridge-mode guests on one NIC", () -> {
            hide();
            actions.openExample();
        });
        example.setId("mvtd-start-example");
        VBox start = column("Start", new VBox(4,
                example,
                link("New design", "an empty canvas", () -> {
                    hide();
                    actions.newDesign();
                }),
                link("Open a design\u2026", "a .mvtd.yaml file", () -> {
                    hide();
                    actions.openDesign();
                })));
        VBox rec = column("Recent files", recentBox);
        HBox cols = new HBox(28, learn, start, rec);
        HBox.setHgrow(learn, Priority.ALWAYS);

        Button close = new Button("Start designing");
        close.setId("mvtd-start-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> hide());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bottom = new HBox(10, showAtStart, spring, close);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(16, title, sub, cols, bottom);
        card.getStyleClass().add(TeachStyles.START_CARD);
        card.setMaxSize(980, Region.USE_PREF_SIZE);
        card.setPrefWidth(980);
        getChildren().add(card);
        StackPane.setMargin(card, new Insets(30));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        // A click on the dimmed backdrop (not the card) closes the pane.
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                hide();
            }
        });
        progress.completed().addListener((SetChangeListener<String>) c -> fillLessons());
        recent.addListener((ListChangeListener<Path>) c -> fillRecent());
        fillLessons();
        fillRecent();
        setVisible(false);
    }

    public CheckBox showAtStart() {
        return showAtStart;
    }

    public void show() {
        setVisible(true);
        toFront();
        lessons.getChildren().stream().findFirst().ifPresent(Node::requestFocus);
    }

    public void hide() {
        setVisible(false);
    }

    private static VBox column(String heading, Node content) {
        Label h = new Label(heading);
        h.getStyleClass().add(TeachStyles.SUBHEADING);
        VBox v = new VBox(8, h, content);
        v.setMinWidth(220);
        return v;
    }

    private static Button link(String text, String detail, Runnable action) {
        Button b = new Button(text + (detail == null ? "" : "\n" + detail));
        b.getStyleClass().addAll(TeachStyles.START_LINK, "flat");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void fillLessons() {
        lessons.getChildren().clear();
        int n = 1;
        for (Lesson l : Lessons.catalogue()) {
            boolean done = progress.isCompleted(l.id());
            Button b = link(n++ + ".  " + l.title(), l.questions().size() + (l.questions().size() == 1 ? " question" : " questions")
                    + (done ? " \u00b7 completed" : ""), () -> {
                        hide();
                        actions.openLesson(l);
                    });
            b.setId("mvtd-start-lesson-" + l.id());
            b.setGraphic(checkMark(done));
            lessons.getChildren().add(b);
        }
    }

    /** The completed tick (or an empty slot of the same size, so titles line up). */
    public static Node checkMark(boolean done) {
        var g = Glyphs.path(done ? TeachGlyphs.CHECK : "", TeachStyles.DONE_CHECK);
        StackPane slot = new StackPane(g);
        slot.setMinSize(16, 16);
        slot.setPrefSize(16, 16);
        return slot;
    }

    private void fillRecent() {
        recentBox.getChildren().clear();
        List<Path> files = recent.stream().limit(6).toList();
        if (files.isEmpty()) {
            Label none = new Label("No recent files yet.");
            none.getStyleClass().add(TeachStyles.MUTED);
            recentBox.getChildren().add(none);
        }
        for (Path p : files) {
            recentBox.getChildren().add(link(String.valueOf(p.getFileName()),
                    p.getParent() == null ? "" : p.getParent().toString(), () -> {
                        hide();
                        actions.openRecent(p);
                    }));
        }
    }
}
