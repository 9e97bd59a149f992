package org.mvtd.app.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mvtd.model.Design;

class UndoManagerTest {
    private static final Design A = Design.empty("a");
    private static final Design B = Design.empty("b");
    private static final Design C = Design.empty("c");

    @Test
    void undoAndRedoWalkTheHistoryAndTrackTheSaveMark() {
        UndoManager u = new UndoManager();
        assertThat(u.isUnchangedSinceSave()).isTrue();
        u.push(new DesignChange("one", A, B));
        assertThat(u.canUndo()).isTrue();
        assertThat(u.canRedo()).isFalse();
        assertThat(u.isUnchangedSinceSave()).isFalse();
        assertThat(u.undoLabelProperty().get()).isEqualTo("one");
        u.markSaved();
        assertThat(u.isUnchangedSinceSave()).isTrue();
        assertThat(u.undo()).get().extracting(Command::label).isEqualTo("one");
        assertThat(u.isUnchangedSinceSave()).as("undo past the save point dirties").isFalse();
        assertThat(u.canRedo()).isTrue();
        u.redo();
        assertThat(u.isUnchangedSinceSave()).as("redo back to the save point cleans").isTrue();
    }

    @Test
    void aNewEditAfterUndoingPastTheSavePointMakesItUnreachable() {
        UndoManager u = new UndoManager();
        u.push(new DesignChange("one", A, B));
        u.markSaved();
        u.undo();
        u.push(new DesignChange("other", A, C));
        assertThat(u.canRedo()).isFalse();
        u.undo();
        assertThat(u.isUnchangedSinceSave()).isFalse();
        u.redo();
        assertThat(u.isUnchangedSinceSave()).isFalse();
    }

    @Test
    void theLimitDropsTheOldestSteps() {
        UndoManager u = new UndoManager(2);
        u.push(new DesignChange("1", A, B));
        u.push(new DesignChange("2", B, C));
        u.push(new DesignChange("3", C, A));
        assertThat(u.undo()).isPresent();
        assertThat(u.undo()).isPresent();
        assertThat(u.undo()).isEmpty();
    }
}
