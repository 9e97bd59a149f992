package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.yaml.DesignYaml;

/** Saving as editors do: a read-only file is replaced only when the user says so; a new design takes its file's name. */
class SavingTest {
    @TempDir
    Path dir;

    private MainViewModel designer(ScriptedDialogs dialogs) {
        Path cfg = dir.resolve("cfg");
        return new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), dialogs);
    }

    @Test
    void aReadOnlyFileIsReplacedOnlyWhenTheUserAgrees() throws Exception {
        Path file = dir.resolve("locked.mvtd.yaml");
        Files.writeString(file, "version: 1\nname: locked\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainViewModel vm = designer(dialogs);
        vm.document().open(file);
        vm.document().change("rename", vm.document().design().withName("changed"));

        assertThat(vm.save()).isFalse();
        assertThat(dialogs.asked).contains("read-only locked.mvtd.yaml");
        assertThat(Files.readString(file)).isEqualTo("version: 1\nname: locked\n");

        dialogs.replaceReadOnly = true;
        assertThat(vm.save()).isTrue();
        assertThat(DesignYaml.read(file).design().name()).isEqualTo("changed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
    }

    @Test
    void aWritableFileIsSavedWithoutAsking() throws Exception {
        Path file = Files.writeString(dir.resolve("open.mvtd.yaml"), "version: 1\nname: open\n");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainViewModel vm = designer(dialogs);
        vm.document().open(file);
        assertThat(vm.save()).isTrue();
        assertThat(dialogs.asked).noneMatch(a -> a.startsWith("read-only"));
    }

    @Test
    void anUnnamedDesignTakesTheNameItIsSavedUnder() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir.resolve("cfg")));
        doc.change("blank", Design.empty(DocumentViewModel.UNTITLED).withName(""));
        Path file = dir.resolve("lab-bench.mvtd.yaml");
        doc.saveAs(file);
        assertThat(doc.design().name()).isEqualTo("lab-bench");
        assertThat(DesignYaml.read(file).design().name()).isEqualTo("lab-bench");
        assertThat(doc.isDirty()).isFalse();

        doc.change("named", doc.design().withName("kept"));
        doc.saveAs(dir.resolve("other.mvtd.yaml"));
        assertThat(doc.design().name()).as("a name of its own is kept").isEqualTo("kept");
    }
}
