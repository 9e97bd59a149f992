package org.mvtd.app.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.edit.DesignEdits;
import org.mvtd.model.edit.ElementRef;

class DocumentViewModelTest {
    @TempDir
    Path dir;

    @Test
    void editsDirtyTheTitleAndSavingCleansIt() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir.resolve("cfg")));
        doc.openExample();
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.titleProperty().get()).isEqualTo("bridge mode on one NIC (unsaved) \u2013 macvtap-designer");
        doc.change("hairpin", doc.design().withSwitch("lan", s -> s.withHairpin(true)));
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.titleProperty().get()).startsWith("*");
        Path f = dir.resolve("saved.mvtd.yaml");
        doc.saveAs(f);
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.titleProperty().get()).startsWith("saved.mvtd.yaml");
        doc.undo();
        assertThat(doc.isDirty()).isTrue();
        doc.redo();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void saveAndOpenRoundTripKeepsMeaningPositionsAndTheHeaderComment() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir.resolve("cfg")));
        doc.openExample();
        doc.change("mode", doc.design().withHost("kvmhost", h -> h.withEndpoint("macvtap1", e -> e.withMode(MacvlanMode.VEPA))));
        doc.change("move", DesignEdits.translate(doc.design(), java.util.List.of(ElementRef.sw("lan")), 20, 0));
        Design saved = doc.design();
        Path f = dir.resolve("round.mvtd.yaml");
        doc.saveAs(f);
        assertThat(Files.readString(f)).startsWith("# Welcome to macvtap-designer");
        DocumentViewModel again = new DocumentViewModel(new RecoveryStore(dir.resolve("cfg")));
        again.open(f);
        assertThat(again.design()).isEqualTo(saved);
        assertThat(again.file()).contains(f.toAbsolutePath());
    }

    @Test
    void aBrokenFileIsRefusedAndChangesNothing() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir.resolve("cfg")));
        doc.openExample();
        Design before = doc.design();
        Path bad = dir.resolve("bad.mvtd.yaml");
        Files.writeString(bad, "version: 1\nname: x\nswitchez: []\n");
        assertThatThrownBy(() -> doc.open(bad)).isInstanceOf(DesignFormatException.class).hasMessageContaining("bad.mvtd.yaml");
        assertThat(doc.design()).isSameAs(before);
    }

    @Test
    void autosaveWritesARecoveryThatANewSessionFindsAndASaveRemoves() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("cfg"));
        DocumentViewModel doc = new DocumentViewModel(store);
        doc.openExample();
        assertThat(doc.autosave()).as("nothing unsaved, nothing written").isFalse();
        doc.change("hairpin", doc.design().withSwitch("lan", s -> s.withHairpin(true)));
        assertThat(doc.autosave()).isTrue();
        // a crash here: a new session finds the work
        RecoveryStore.Recovery r = new RecoveryStore(dir.resolve("cfg")).find().orElseThrow();
        assertThat(r.design()).isEqualTo(doc.design());
        DocumentViewModel next = new DocumentViewModel(store);
        next.adoptRecovered(r);
        assertThat(next.isDirty()).isTrue();
        assertThat(next.design().switchNamed("lan").orElseThrow().hairpin()).isTrue();
        next.saveAs(dir.resolve("kept.mvtd.yaml"));
        assertThat(store.exists()).isFalse();
    }
}
