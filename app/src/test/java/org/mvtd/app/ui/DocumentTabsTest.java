package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.viewmodel.Template;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Several designs in one window, a tab each, as the application builds it. */
@ExtendWith(ApplicationExtension.class)
class DocumentTabsTest {
    @TempDir
    Path dir;
    private DocumentTabs window;
    private ScriptedDialogs dialogs;
    private Stage stage;
    private Settings settings;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new ScriptedDialogs();
        settings = Settings.load(dir);
        window = new DocumentTabs(stage, recovery -> new MainViewModel(settings, recovery, dialogs), dir);
        stage.setScene(window.createScene());
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
        window.first().start(null);
    }

    private TabPane tabs() {
        return (TabPane) stage.getScene().lookup("#document-tabs");
    }

    private void choose(FxRobot robot, String id) {
        robot.interact(() -> DesignerWindow.choose(stage.getScene(), id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void newFromTemplateOpensTheExampleInANewTabAndTheTitleFollowsTheTab(FxRobot robot) {
        assertThat(tabs().getTabs()).hasSize(1);
        choose(robot, Template.VEPA_HAIRPIN.id());
        assertThat(tabs().getTabs()).hasSize(2);
        assertThat(window.current().document().design().name()).isEqualTo("vepa behind a reflective-relay switch");
        assertThat(window.first().document().design().name()).as("the first tab keeps its design").isEqualTo("bridge mode on one NIC");
        assertThat(stage.getTitle()).isEqualTo("vepa behind a reflective-relay switch (unsaved) \u2013 macvtap-designer");
        robot.interact(() -> tabs().getSelectionModel().select(0));
        assertThat(stage.getTitle()).isEqualTo("bridge mode on one NIC (unsaved) \u2013 macvtap-designer");
    }

    @Test
    void twoTabsKeepSeparateUndoHistoriesAndDirtyMarks(FxRobot robot) {
        choose(robot, Template.HOST_SHIM.id());
        MainViewModel second = window.current();
        MainViewModel first = window.first();
        assertThat(second).isNotSameAs(first);
        robot.interact(() -> second.document().change("rename", second.document().design().withName("renamed")));
        assertThat(tabs().getTabs().get(1).getText()).startsWith("*renamed");
        assertThat(tabs().getTabs().get(0).getText()).doesNotStartWith("*");
        assertThat(first.document().undoManager().canUndo()).isFalse();

        choose(robot, "file-close-tab"); // the selected tab, the dirty one
        assertThat(dialogs.asked).as("closing a dirty tab asks").contains("unsaved renamed (unsaved)");
        assertThat(tabs().getTabs()).as("Cancel keeps it").hasSize(2);
        robot.interact(() -> tabs().getSelectionModel().select(0));
        robot.interact(() -> first.document().change("rename", first.document().design().withName("first")));
        robot.interact(() -> tabs().getSelectionModel().select(1));
        robot.interact(second.document()::undo);
        assertThat(second.document().design().name()).isEqualTo("host shim");
        assertThat(first.document().design().name()).as("undo in one tab leaves the other alone").isEqualTo("first");
        assertThat(first.document().undoManager().canUndo()).isTrue();
    }

    @Test
    void openingAFileAlreadyOpenSelectsItsTabAndEachDirtyTabHasItsOwnRecoveryFile(FxRobot robot) throws Exception {
        Path a = Files.writeString(dir.resolve("a.mvtd.yaml"), "version: 1\nname: a\n");
        robot.interact(() -> window.first().open(a));
        robot.interact(() -> window.first().newDocument());
        assertThat(tabs().getTabs()).hasSize(3);
        robot.interact(() -> window.current().open(a));
        assertThat(tabs().getTabs()).as("not opened twice").hasSize(3);
        assertThat(window.current().document().file()).contains(a.toAbsolutePath());

        for (MainViewModel vm : window.documents()) {
            robot.interact(() -> vm.document().change("edit", vm.document().design().withName(vm.document().design().name() + "!")));
        }
        robot.interact(window::autosave);
        assertThat(RecoveryStore.otherSlots(dir)).hasSize(2);
        assertThat(new RecoveryStore(dir).exists()).isTrue();
    }

    @Test
    void saveAsInOneTabUpdatesOpenRecentInEveryTab(FxRobot robot) {
        choose(robot, Template.HOST_SHIM.id());
        Path saved = dir.resolve("shim.mvtd.yaml");
        dialogs.saveTo = saved;
        robot.interact(() -> window.current().saveAs());
        assertThat(window.current().recentFiles()).first().isEqualTo(saved.toAbsolutePath().normalize());
        assertThat(window.first().recentFiles()).as("the other tab's menu").first().isEqualTo(saved.toAbsolutePath().normalize());
    }

    @Test
    void afterACrashTheUnsavedWorkOfEveryTabComesBackInATabOfItsOwn(FxRobot robot) {
        choose(robot, Template.PRIVATE_ISOLATION.id());
        for (MainViewModel vm : window.documents()) {
            robot.interact(() -> vm.document().change("edit", vm.document().design().withName(vm.document().design().name() + " (mine)")));
        }
        robot.interact(window::autosave);
        // The process dies here: a new window on the same state directory starts.
        java.util.concurrent.atomic.AtomicReference<DocumentTabs> next = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            DocumentTabs w = new DocumentTabs(new Stage(), recovery -> new MainViewModel(settings, recovery, dialogs), dir);
            w.first().start(null);
            w.recoverOthers();
            next.set(w);
        });
        assertThat(next.get().documents()).extracting(vm -> vm.document().design().name())
                .containsExactly("bridge mode on one NIC (mine)", "private tenants (mine)");
        assertThat(next.get().documents()).allMatch(vm -> vm.document().isDirty());
    }
}
