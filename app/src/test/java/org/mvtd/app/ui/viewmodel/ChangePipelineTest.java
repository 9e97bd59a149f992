package org.mvtd.app.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.viewmodel.ChangePipeline.Stage;
import org.mvtd.model.Design;
import org.mvtd.model.edit.ChangeSet;
import org.mvtd.model.edit.DesignEdits;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.testing.EditFixtures;

class ChangePipelineTest {
    @TempDir
    Path dir;

    @Test
    void eachEditReachesEveryStageOnceInTheFixedOrderWhateverTheOrderOfRegistration() {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir));
        List<String> seen = new ArrayList<>();
        doc.changes().on(Stage.INSPECTOR, c -> seen.add("inspector"));
        doc.changes().on(Stage.REACH, c -> seen.add("reach"));
        doc.changes().on(Stage.CANVAS, c -> seen.add("canvas"));
        doc.changes().on(Stage.VALIDATION, c -> seen.add("validation"));
        doc.change("load", EditFixtures.welcome());
        assertThat(seen).containsExactly("validation", "reach", "canvas", "inspector");
    }

    @Test
    void theChangeSetNamesWhatTheEditChangedAndUndoGivesTheReverse() {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir));
        doc.change("load", EditFixtures.welcome());
        List<ChangeSet> sets = new ArrayList<>();
        doc.changes().on(Stage.REACH, sets::add);
        Design before = doc.design();
        doc.change("delete", DesignEdits.delete(before, List.of(ElementRef.guest("uperf-server"))));
        doc.undo();
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).changed()).containsExactly(ElementRef.guest("uperf-server"));
        assertThat(sets.get(1).after()).isEqualTo(before);
    }

    @Test
    void aChangeMadeByAReactionWaitsUntilTheFirstHasReachedEveryStage() {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir));
        List<String> seen = new ArrayList<>();
        doc.changes().on(Stage.REACH, c -> {
            seen.add("reach " + c.after().name());
            if (c.after().name().equals("first")) {
                doc.change("again", c.after().withName("second"));
            }
        });
        doc.changes().on(Stage.INSPECTOR, c -> seen.add("inspector " + c.after().name()));
        doc.change("rename", doc.design().withName("first"));
        assertThat(seen).containsExactly("reach first", "inspector first", "reach second", "inspector second");
    }
}
