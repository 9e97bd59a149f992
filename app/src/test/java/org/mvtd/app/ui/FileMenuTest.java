package org.mvtd.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.yaml.DesignYaml;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu driven as a user would: exports with their preview, imports, templates, recent files, a broken file. */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {
    @TempDir
    Path dir;
    private MainViewModel vm;
    private ScriptedDialogs dialogs;
    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new ScriptedDialogs();
        Path cfg = dir.resolve("cfg");
        vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), dialogs);
        view = DesignerWindow.show(vm, stage, 1400, 900);
        vm.start(null);
    }

    private void choose(FxRobot robot, String id) {
        robot.interact(() -> DesignerWindow.choose(stage.getScene(), id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void libvirtDomainExportPreviewsItsFilesThenWritesThemAndRefusesToOverwriteUnasked(FxRobot robot) throws Exception {
        choose(robot, "file-export-libvirt-domain");
        TabPane files = robot.lookup("#export-preview-files").queryAs(TabPane.class);
        assertThat(files.getTabs()).extracting(Tab::getText)
                .contains("uperf-client.xml", "uperf-server.xml", "uperf-client.macvtap0.interface.xml");
        TextArea first = (TextArea) files.getTabs().get(0).getContent();
        assertThat(first.isEditable()).isFalse();
        assertThat(first.getText()).contains("<domain", "type='direct'");
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".xml"))).as("a preview writes nothing").isEmpty();

        Path out = dir.resolve("libvirt");
        dialogs.directory = out;
        robot.clickOn("#export-preview-write");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(out.resolve("uperf-client.xml")).content().isEqualTo(first.getText());
        assertThat(vm.statusProperty().get()).startsWith("Exported " + files.getTabs().size() + " libvirt Domain XML files");

        Files.writeString(out.resolve("uperf-client.xml"), "mine");
        choose(robot, "file-export-libvirt-domain");
        robot.clickOn("#export-preview-write");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.asked).contains("overwrite " + files.getTabs().size());
        assertThat(out.resolve("uperf-client.xml")).content().as("refused: nothing replaced").isEqualTo("mine");
        assertThat(robot.lookup("#export-preview-outcome").queryAs(Label.class).getText()).startsWith("Nothing written");
    }

    @Test
    void importLibvirtXmlFromTheFileMenuDrawsItsGuests(FxRobot robot) throws Exception {
        Path xml = dir.resolve("xml");
        List<Path> domains = org.mvtd.model.export.ExportWriter.writeAll(xml, org.mvtd.model.export.ExportTarget.LIBVIRT_DOMAIN
                .exporter().export(vm.document().design(), java.util.Optional.empty())).stream()
                .filter(p -> !p.toString().endsWith(".interface.xml")).toList();
        robot.interact(vm::newDocument);
        dialogs.importFiles = domains;
        choose(robot, "file-import-libvirt");
        assertThat(vm.document().design().guest("uperf-client")).isPresent();
        assertThat(vm.document().design().guest("uperf-server")).isPresent();
        assertThat(vm.document().undoManager().canUndo()).as("one undo step").isTrue();
        assertThat(vm.statusProperty().get()).startsWith("Imported 2 guest(s) from 2 libvirt file(s)");
    }

    @Test
    void newFromTemplateOpensTheShippedExampleUntitled(FxRobot robot) {
        choose(robot, "template-host-shim");
        assertThat(vm.document().design().name()).isEqualTo("host shim");
        assertThat(vm.document().file()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("host shim (unsaved) \u2013 macvtap-designer");
    }

    @Test
    void saveAsPutsTheFileAtTheTopOfOpenRecentAndAMissingFileIsGreyedAndRemovable(FxRobot robot) throws Exception {
        Path saved = dir.resolve("mine.mvtd.yaml");
        dialogs.saveTo = saved;
        robot.interact(vm::saveAs);
        Menu recent = recentMenu();
        assertThat(recent.getItems().get(0).getText()).startsWith("mine.mvtd.yaml");
        assertThat(recent.getItems().get(0).isDisable()).isFalse();

        Files.delete(saved);
        robot.interact(() -> recent.getOnShowing().handle(null));
        assertThat(recentMenu().getItems().get(0).isDisable()).as("greyed: the file is gone").isTrue();
        assertThat(recentMenu().getItems().get(0).getText()).endsWith("(missing)");
        choose(robot, "recent-remove-missing");
        assertThat(vm.recentFiles()).doesNotContain(saved);
        assertThat(Settings.load(dir.resolve("cfg")).recentFiles()).as("kept in the settings").doesNotContain(saved);
    }

    private Menu recentMenu() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(m -> m.getText().equals("Open _Recent"))
                .findFirst().map(MenuItem.class::cast).orElseThrow();
    }

    @Test
    void aStatusMessageGoesWhenTheDesignChanges(FxRobot robot) {
        robot.interact(() -> {
            vm.selection().select(ElementRef.guest("uperf-client"));
            vm.canvas().copy();
        });
        assertThat(vm.statusProperty().get()).isEqualTo("Copied 1 element");
        robot.interact(() -> vm.canvas().delete());
        assertThat(vm.statusProperty().get()).as("after delete").doesNotStartWith("Copied");
        robot.interact(() -> vm.canvas().copy());
        robot.interact(vm.document()::undo);
        assertThat(vm.statusProperty().get()).as("after undo").isEmpty();
    }

    @Test
    void aFileWithATypoOpensAsTextWithTheLineMarkedAndOpensOnceCorrected(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("typo.mvtd.yaml"),
                "version: 1\nname: typo\nswitches:\n  - name: lan\n    hairpn: true\n");
        dialogs.showRepairs = true;
        dialogs.unsaved = Dialogs.Unsaved.DISCARD;
        robot.interact(() -> vm.open(broken));
        TextArea text = robot.lookup("#repair-text").queryAs(TextArea.class);
        assertThat(text.getSelectedText()).isEqualTo("    hairpn: true");
        assertThat(robot.lookup("#repair-problem").queryAs(Label.class).getText()).startsWith("Line 5, column 5:").contains("hairpn");
        assertThat(vm.document().design().name()).as("nothing opened yet").isNotEqualTo("typo");

        robot.interact(() -> text.replaceSelection("    hairpin: true"));
        robot.clickOn("#repair-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.document().design().name()).isEqualTo("typo");
        assertThat(vm.document().file()).contains(broken.toAbsolutePath());
        assertThat(DesignYaml.read(broken).design().switchNamed("lan").orElseThrow().hairpin()).isTrue();
        assertThat(robot.lookup("#repair-save").tryQueryAs(Button.class)).as("the window closed").isEmpty();
    }

    @Test
    void pdfExportIsAOnePagePdfWhoseCrossReferencesPointAtItsObjects(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("drawing.pdf");
        robot.interact(() -> {
            try {
                view.exporter().writeTo(pdf, ".pdf");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("/Type /Page ", "/Subtype /Image");
        int xref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")).strip());
        assertThat(text.substring(xref)).startsWith("xref\n0 6\n");
        java.util.regex.Matcher entries = java.util.regex.Pattern.compile("(\\d{10}) 00000 n").matcher(text.substring(xref));
        int object = 1;
        while (entries.find()) {
            assertThat(text.substring(Integer.parseInt(entries.group(1)))).startsWith(object++ + " 0 obj\n");
        }
        assertThat(object).as("five objects listed").isEqualTo(6);
    }

    /** nmstate, the NMState policy, Multus and Ansible: each offered, previewed and written. */
    @Test
    void theClusterAndFleetTargetsPreviewTheirFilesAndWriteThem(FxRobot robot) {
        java.util.Map<String, List<String>> expected = java.util.Map.of("nmstate", List.of(".nmstate.yaml", "interfaces:"),
                "nmstate-policy", List.of(".nncp.yaml", "kind: \"NodeNetworkConfigurationPolicy\""),
                "multus", List.of(".multus.yaml", "Multus networks"),
                "ansible", List.of("playbook.yml", "community.general.nmcli"));
        for (java.util.Map.Entry<String, List<String>> t : expected.entrySet()) {
            choose(robot, "file-export-" + t.getKey());
            TabPane files = robot.lookup("#export-preview-files").queryAs(TabPane.class);
            assertThat(files.getTabs()).extracting(Tab::getText).as(t.getKey()).anyMatch(n -> n.endsWith(t.getValue().get(0)));
            assertThat(files.getTabs()).map(tab -> ((TextArea) tab.getContent()).getText()).as(t.getKey())
                    .anyMatch(s -> s.contains(t.getValue().get(1)));
            Path out = dir.resolve(t.getKey());
            dialogs.directory = out;
            robot.clickOn("#export-preview-write");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(out.resolve(files.getTabs().get(0).getText())).isRegularFile();
        }
    }
}
