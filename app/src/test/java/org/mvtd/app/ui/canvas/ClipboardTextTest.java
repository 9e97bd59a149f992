package org.mvtd.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.Notice;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.app.ui.io.TextClipboard;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Position;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.validate.Validator;
import org.mvtd.model.yaml.DesignYaml;
import org.mvtd.model.testing.EditFixtures;

/** Copy and paste through the system clipboard's text, between windows, without a stage. */
class ClipboardTextTest {
    @TempDir
    Path dir;

    /** The desktop's clipboard, shared by every window of a test. */
    private static final class Desktop implements TextClipboard {
        String text;

        @Override
        public Optional<String> text() {
            return Optional.ofNullable(text);
        }

        @Override
        public void putText(String t) {
            text = t;
        }
    }

    /** One designer window's view models. */
    private final class Window {
        final DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir.resolve("cfg-" + System.nanoTime())));
        final SelectionModel selection = new SelectionModel();
        final CanvasViewModel canvas = new CanvasViewModel(doc, selection, new ReachViewModel(doc, selection));
        Notice last;

        Window(Design d, TextClipboard clipboard) {
            doc.change("load", d);
            canvas.setTextClipboard(clipboard);
            canvas.noticeProperty().addListener((o, a, b) -> {
                if (b != null) {
                    last = b;
                }
            });
        }

        Design design() {
            return doc.design();
        }
    }

    private final Desktop desktop = new Desktop();

    @Test
    void aSelectionWithLinksGoesThroughTheClipboardTextIntoAnotherWindow() throws Exception {
        Window a = new Window(EditFixtures.welcome(), desktop);
        Window b = new Window(EditFixtures.welcome(), desktop);
        a.selection.selectAll(Set.of(ElementRef.sw("lan"), ElementRef.host("kvmhost"), ElementRef.guest("uperf-client")));
        a.canvas.copy();

        assertThat(desktop.text).as("FORMAT.md text an editor can take").startsWith("# macvtap-designer: 6 elements copied")
                .contains("version: 1", "switches:", "  - name: lan", "hosts:", "  - name: kvmhost", "guests:",
                        "  - name: uperf-client");
        Design onClipboard = DesignYaml.read(desktop.text, "clipboard").design();
        assertThat(onClipboard.guests()).extracting(Guest::name).containsExactly("uperf-client");
        assertThat(onClipboard.stations()).as("only the selection").isEmpty();
        assertThat(Validator.validate(onClipboard)).filteredOn(Problem::isError).as("a design of its own").isEmpty();

        Design before = b.design();
        b.canvas.paste();
        Design d = b.design();
        Host copy = d.host("kvmhost-2").orElseThrow();
        assertThat(copy.device("eth0").orElseThrow().switchName()).as("plugged into the pasted switch").isEqualTo("lan-2");
        assertThat(copy.endpoints()).extracting(Endpoint::name).containsExactly("macvtap0", "macvtap1");
        assertThat(copy.endpoints()).allSatisfy(e -> assertThat(e.mac()).as("a copied MAC would clash").isNull());
        Guest guest = d.guest("uperf-client-2").orElseThrow();
        assertThat(guest.host()).isEqualTo("kvmhost-2");
        assertThat(guest.nics()).extracting(n -> n.endpoint()).containsExactly("macvtap0");
        assertThat(d.switchNamed("lan-2")).isPresent();
        assertThat(b.selection.getSelectedItems()).as("the pasted elements are selected")
                .contains(ElementRef.host("kvmhost-2"), ElementRef.guest("uperf-client-2"), ElementRef.sw("lan-2"));
        assertThat(b.last.text()).isEqualTo("Pasted 6 elements from the clipboard");
        // Where they were in the first window, one paste step down and right.
        Position lan = a.design().switchNamed("lan").orElseThrow().at();
        assertThat(d.switchNamed("lan-2").orElseThrow().at()).isEqualTo(new Position(lan.x() + 40, lan.y() + 40));
        assertThat(Validator.validate(d)).filteredOn(Problem::isError).isEmpty();

        b.doc.undo();
        assertThat(b.design()).as("one undo step").isEqualTo(before);
    }

    @Test
    void partsOfAHostGoIntoTheHostOfThatNameKeepingTheirGuestsLink() {
        Window a = new Window(EditFixtures.welcome(), desktop);
        Window b = new Window(EditFixtures.welcome(), desktop);
        a.selection.selectAll(Set.of(ElementRef.endpoint("kvmhost", "macvtap1"), ElementRef.guest("uperf-server")));
        a.canvas.copy();
        assertThat(desktop.text).contains("# part of host: kvmhost");

        b.canvas.paste();
        Host h = b.design().host("kvmhost").orElseThrow();
        assertThat(b.design().hosts()).as("no new host").hasSize(1);
        assertThat(h.endpoint("macvtap1-2").orElseThrow().lower()).as("on the original device").isEqualTo("eth0");
        assertThat(b.design().guest("uperf-server-2").orElseThrow().nics()).extracting(n -> n.endpoint())
                .containsExactly("macvtap1-2");
    }

    @Test
    void intoAnEmptyDesignTheNamesStayAndAFragmentWrittenByHandPastesToo() {
        Window b = new Window(Design.empty("new"), desktop);
        desktop.text = String.join("\n",
                "version: 1",
                "name: typed in an editor",
                "switches:",
                "  - name: tor",
                "hosts:",
                "  - name: kvm9",
                "    devices:",
                "      - name: eth0",
                "        switch: tor",
                "    endpoints:",
                "      - name: mvt0",
                "        lower: eth0",
                "        type: macvtap",
                "        mode: private",
                "guests:",
                "  - name: vm9",
                "    host: kvm9",
                "    nics:",
                "      - endpoint: mvt0",
                "");
        b.canvas.paste();
        assertThat(b.last.text()).isEqualTo("Pasted 5 elements from the clipboard");
        Design d = b.design();
        assertThat(d.host("kvm9").orElseThrow().device("eth0").map(Device::switchName)).contains("tor");
        assertThat(d.guest("vm9").orElseThrow().nics()).extracting(n -> n.endpoint()).containsExactly("mvt0");
        assertThat(d.name()).as("the design keeps its own name").isEqualTo("new");
    }

    @Test
    void theWindowsOwnCopyPastesAsBeforeAndWithoutASystemClipboardToo() {
        for (TextClipboard clipboard : new TextClipboard[] {desktop, TextClipboard.NONE}) {
            Window a = new Window(EditFixtures.welcome(), clipboard);
            a.selection.select(ElementRef.station("router"));
            a.canvas.copy();
            a.canvas.paste();
            a.canvas.paste();
            Position router = EditFixtures.welcome().station("router").orElseThrow().at();
            assertThat(a.design().station("router-2").orElseThrow().at()).isEqualTo(new Position(router.x() + 40, router.y() + 40));
            assertThat(a.design().station("router-3").orElseThrow().at()).isEqualTo(new Position(router.x() + 80, router.y() + 80));
        }
    }

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("prose", "Meeting at 10, bring the slides.", "Not pasted: the clipboard holds no macvtap-designer elements"),
                Arguments.of("broken YAML", "version: 1\nswitches: [ {name: lan\n", "line "),
                Arguments.of("a misspelt key", "version: 1\nname: x\nswitches:\n  - nmae: lan\n", "'name'"),
                Arguments.of("another program's YAML", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n",
                        "Not pasted: the clipboard holds no macvtap-designer elements"),
                Arguments.of("a newer format", "version: 9\nname: future\n", "version"),
                Arguments.of("aliases (billion laughs)", "version: 1\nname: &a x\nswitches:\n  - name: *a\n", "Not pasted"),
                Arguments.of("binary", "version: 1\u0000\u0001", "binary"),
                Arguments.of("one long line of prose", "word ".repeat(200_000), "holds no macvtap-designer elements"),
                Arguments.of("far too large", "version: 1\nname: \"" + "x".repeat(5 * 1024 * 1024) + "\"\n", "too large"),
                Arguments.of("no elements", "version: 1\nname: empty\n", "has no elements"),
                Arguments.of("a name used twice", "version: 1\nname: x\nswitches:\n  - name: lan\n  - name: lan\n", "lan"),
                Arguments.of("a bad interface name", "version: 1\nname: x\nhosts:\n  - name: h\n    devices:\n      - name: \"eth 0\"\n",
                        "whitespace"),
                Arguments.of("a guest on a host this design lacks",
                        "version: 1\nname: x\nguests:\n  - name: vm7\n    host: nowhere\n", "nowhere"),
                Arguments.of("an endpoint on a device this design lacks",
                        "# part of host: kvmhost\nversion: 1\nname: x\nhosts:\n  - name: kvmhost\n    endpoints:\n"
                                + "      - name: mvt7\n        lower: eth7\n        type: macvtap\n", "eth7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void brokenOrForeignTextIsRefusedWithAMessageAndChangesNothing(String what, String text, String said) {
        Window b = new Window(EditFixtures.welcome(), desktop);
        b.selection.select(ElementRef.guest("uperf-client"));
        Design before = b.design();
        boolean couldUndo = b.doc.undoManager().canUndo();
        String undoLabel = b.doc.undoManager().undoLabelProperty().get();
        desktop.text = text;

        b.canvas.paste();

        assertThat(b.design()).as("unchanged").isSameAs(before);
        assertThat(b.doc.undoManager().canUndo()).isEqualTo(couldUndo);
        assertThat(b.doc.undoManager().undoLabelProperty().get()).as("no undo step").isEqualTo(undoLabel);
        assertThat(b.selection.getSelectedItems()).containsExactly(ElementRef.guest("uperf-client"));
        assertThat(b.last).as("a message for the status bar").isNotNull();
        assertThat(b.last.text()).startsWith("Not pasted").contains(said);
        assertThat(b.last.text().length()).as("one readable line").isLessThan(400);
    }

    @Test
    void aRefusedTextDoesNotStandInForTheWindowsOwnCopyOnceCopiedAgain() {
        Window a = new Window(EditFixtures.welcome(), desktop);
        a.selection.select(ElementRef.station("router"));
        a.canvas.copy();
        desktop.text = "not a design";
        a.canvas.paste();
        assertThat(a.last.text()).startsWith("Not pasted");
        assertThat(a.design().station("router-2")).isEmpty();

        a.canvas.copy();
        a.canvas.paste();
        assertThat(a.design().station("router-2")).as("the new copy pastes").isPresent();
    }
}
