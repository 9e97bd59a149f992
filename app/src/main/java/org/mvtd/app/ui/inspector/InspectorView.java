package org.mvtd.app.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mvtd.app.ui.problems.ProblemsViewModel;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.app.ui.viewmodel.ChangePipeline;
import org.mvtd.model.edit.ChangeSet;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.validate.Problem;

/**
 * Every property of the selected element, editable, checked as typed, with the validator's problems
 * beside the field they concern. Rebuilt when the selection or the design changes; focus is kept.
 */
public final class InspectorView extends ScrollPane {
    private static final String UNPLUGGED = "(unplugged)";

    private final InspectorViewModel vm;
    private final ProblemsViewModel problems;
    private final VBox body = new VBox(10);
    private Form form;
    private boolean rebuildQueued;
    private List<Problem> shownProblems = List.of();
    private Predicate<ElementRef> readOnly = r -> false; // live-mode hook
    private String readOnlyNote = "";

    public InspectorView(InspectorViewModel vm, ProblemsViewModel problems) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.problems = Objects.requireNonNull(problems, "problems");
        getStyleClass().add(Styles.INSPECTOR);
        body.getStyleClass().add(Styles.INSPECTOR);
        body.setPadding(new Insets(14));
        setContent(body);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        vm.targetProperty().addListener((o, a, b) -> rebuild());
        vm.document().changes().on(ChangePipeline.Stage.INSPECTOR, this::changed);
        rebuild();
    }

    // Only a change the form shows, or one that changes the target's problems, rebuilds it (typing elsewhere
    // in the design leaves the fields and their focus alone).
    private void changed(ChangeSet c) {
        ElementRef r = vm.target();
        if (vm.affectsForm(c) || r != null && !problems.about(r).equals(shownProblems)) {
            queueRebuild();
        }
    }

    // Edits from this view change the design while its own handlers run: rebuild after they return.
    private void queueRebuild() {
        if (!rebuildQueued) {
            rebuildQueued = true;
            Platform.runLater(() -> {
                rebuildQueued = false;
                rebuild();
            });
        }
    }

    /** Rebuilds the form for the current target, keeping keyboard focus on the same field. */
    public void rebuild() {
        String focusedId = getScene() != null && getScene().getFocusOwner() != null
                && isAncestorOf(getScene().getFocusOwner()) ? getScene().getFocusOwner().getId() : null;
        body.getChildren().clear();
        form = new Form();
        ElementRef r = vm.target();
        Design d = vm.design();
        if (r == null || !Elements.exists(d, r)) {
            buildDesign(d);
        } else {
            Label heading = new Label(title(r));
            heading.getStyleClass().add("mvtd-heading");
            body.getChildren().addAll(heading, form.node());
            switch (r.kind()) {
                case SWITCH -> buildSwitch(d, r);
                case STATION -> buildStation(d, r);
                case HOST -> buildHost(r);
                case DEVICE -> buildDevice(Elements.device(d, r).orElseThrow(), r);
                case ENDPOINT -> buildEndpoint(Elements.endpoint(d, r).orElseThrow(), r);
                case GUEST -> buildGuest(d.guest(r.name()).orElseThrow());
            }
            showProblems(r);
            if (readOnly.test(r)) {
                form.node().setDisable(true);
                Label note = new Label(readOnlyNote);
                note.setId("inspector-read-only");
                note.getStyleClass().add(Styles.FOREIGN_NOTE);
                note.setWrapText(true);
                body.getChildren().add(1, note);
            }
        }
        if (focusedId != null) {
            Node n = body.lookup("#" + focusedId);
            if (n != null) {
                n.requestFocus();
            }
        }
    }

    /** Live mode's hook: elements {@code p} accepts are shown with {@code note} and cannot be edited. */
    public void setReadOnly(Predicate<ElementRef> p, String note) {
        readOnly = Objects.requireNonNull(p, "p");
        readOnlyNote = Objects.requireNonNull(note, "note");
        rebuild();
    }

    private boolean isAncestorOf(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x == this) {
                return true;
            }
        }
        return false;
    }

    private static String title(ElementRef r) {
        String k = r.kind().label();
        return Character.toUpperCase(k.charAt(0)) + k.substring(1) + (r.host() != null ? " on " + r.host() : "");
    }

    private void buildDesign(Design d) {
        Label heading = new Label("Design");
        heading.getStyleClass().add("mvtd-heading");
        body.getChildren().addAll(heading, form.node());
        form.validatedText("design-name", "Name", d.name(),
                t -> t.isBlank() ? Optional.of("a name is required") : Optional.empty(),
                t -> {
                    vm.setDesignName(t);
                    return Optional.empty();
                });
        int endpoints = d.hosts().stream().mapToInt(h -> h.endpoints().size()).sum();
        Label counts = new Label(d.switches().size() + " switches \u00b7 " + d.stations().size() + " stations \u00b7 "
                + d.hosts().size() + " hosts \u00b7 " + endpoints + " endpoints \u00b7 " + d.guests().size() + " guests");
        counts.getStyleClass().add(Styles.FIELD_NOTE);
        counts.setWrapText(true);
        Label hint = new Label("Select an element to edit it. Select a node (an endpoint, a guest, a station or a "
                + "device carrying the host's address) to colour every other node by what it can do with it.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.FIELD_NOTE);
        body.getChildren().addAll(counts, new Separator(), hint);
    }

    private TextField nameField(ElementRef r) {
        return form.validatedText("name", "Name", r.name(), vm::checkName, vm::rename);
    }

    private void buildSwitch(Design d, ElementRef r) {
        nameField(r);
        CheckBox hairpin = new CheckBox("Reflect frames back (802.1Qbg)");
        hairpin.setWrapText(true);
        hairpin.setSelected(d.switchNamed(r.name()).orElseThrow().hairpin());
        hairpin.setOnAction(e -> vm.setHairpin(hairpin.isSelected()));
        form.add("hairpin", "Hairpin", hairpin);
        form.note("hairpin", "Lets VEPA and private neighbours on one NIC meet through the switch.", false);
    }

    private void buildStation(Design d, ElementRef r) {
        nameField(r);
        ComboBox<String> sw = new ComboBox<>();
        sw.getItems().setAll(vm.switchNames());
        sw.setValue(d.station(r.name()).orElseThrow().switchName());
        sw.setOnAction(e -> vm.setStationSwitch(sw.getValue()).ifPresent(m -> form.note("switch", m, true)));
        form.add("switch", "Switch", sw);
    }

    private void buildHost(ElementRef r) {
        nameField(r);
        Label note = new Label("Drop lower devices into the host's box; endpoints go on the devices.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.FIELD_NOTE);
        form.addWide(note);
    }

    private void buildDevice(Device x, ElementRef r) {
        nameField(r);
        ComboBox<DeviceKind> kind = new ComboBox<>();
        kind.getItems().setAll(DeviceKind.values());
        kind.setConverter(converter(DeviceKind::yamlName));
        kind.setValue(x.kind());
        kind.setOnAction(e -> vm.setDeviceKind(kind.getValue()));
        form.add("kind", "Kind", kind);
        ComboBox<String> sw = new ComboBox<>();
        List<String> choices = new ArrayList<>();
        choices.add(UNPLUGGED);
        choices.addAll(vm.switchNames());
        sw.getItems().setAll(choices);
        sw.setValue(x.switchName() == null ? UNPLUGGED : x.switchName());
        sw.setOnAction(e -> vm.setDeviceSwitch(UNPLUGGED.equals(sw.getValue()) ? null : sw.getValue()));
        form.add("switch", "Switch", sw);
        CheckBox up = new CheckBox("Up");
        up.setSelected(x.up());
        up.setOnAction(e -> vm.setDeviceUp(up.isSelected()));
        form.add("up", "State", up);
        CheckBox addr = new CheckBox("The host's own IP stack sits on it");
        addr.setWrapText(true);
        addr.setSelected(x.hostAddress());
        addr.setOnAction(e -> vm.setHostAddress(addr.isSelected()));
        form.add("hostAddress", "Host IP", addr);
    }

    private void buildEndpoint(Endpoint e, ElementRef r) {
        nameField(r);
        ComboBox<LinkType> type = new ComboBox<>();
        type.getItems().setAll(LinkType.values());
        type.setConverter(converter(LinkType::kernelName));
        type.setValue(e.type());
        type.setOnAction(ev -> vm.setType(type.getValue()).ifPresent(m -> refuse(type, e.type(), "type", m)));
        form.add("type", "Type", type);
        ComboBox<String> lower = new ComboBox<>();
        lower.getItems().setAll(vm.deviceNames());
        lower.setValue(e.lower());
        lower.setOnAction(ev -> vm.setLower(lower.getValue()).ifPresent(m -> refuse(lower, e.lower(), "lower", m)));
        form.add("lower", "Lower", lower);
        ComboBox<MacvlanMode> mode = new ComboBox<>();
        mode.getItems().setAll(MacvlanMode.values());
        mode.setConverter(converter(MacvlanMode::kernelName));
        mode.setCellFactory(lv -> new ModeCell());
        mode.setValue(e.mode());
        mode.setOnAction(ev -> vm.setMode(mode.getValue()).ifPresent(m -> refuse(mode, e.mode(), "mode", m)));
        form.add("mode", "Mode", mode);
        form.note("mode", e.mode().summary(), false);
        form.validatedText("mac", "MAC", e.mac() == null ? "" : e.mac(), vm::checkMac, vm::setMac)
                .setPromptText("chosen by the kernel");
        CheckBox up = new CheckBox("Up");
        up.setSelected(e.up());
        up.setOnAction(ev -> vm.setEndpointUp(up.isSelected()));
        form.add("up", "State", up);
        vm.design().guestOn(r.host(), r.name()).ifPresent(g -> {
            Label used = new Label("Used by guest " + g.name());
            used.getStyleClass().add(Styles.FIELD_NOTE);
            form.addWide(used);
        });
    }

    /** Puts a refused choice back and says why beside the field. */
    private <T> void refuse(ComboBox<T> box, T previous, String key, String why) {
        Platform.runLater(() -> {
            box.setValue(previous);
            form.note(key, why, true);
        });
    }

    private void buildGuest(Guest g) {
        nameField(ElementRef.guest(g.name()));
        ComboBox<String> host = new ComboBox<>();
        host.getItems().setAll(vm.hostNames());
        host.setValue(g.host());
        host.setOnAction(e -> vm.setGuestHost(host.getValue()));
        form.add("host", "Host", host);
        for (int i = 0; i < g.nics().size(); i++) {
            nicRow(g.nics().get(i), i);
        }
        Button add = new Button("Add NIC");
        add.setId("inspector-add-nic");
        Label addNote = new Label();
        addNote.getStyleClass().add(Styles.FIELD_ERROR);
        addNote.setWrapText(true);
        add.setOnAction(e -> vm.addNic().ifPresent(addNote::setText));
        form.addWide(new VBox(4, add, addNote));
        if (g.nics().isEmpty()) {
            form.note("host", "No NIC yet: drag from the guest's handle to a macvtap endpoint, or Add NIC.", false);
        }
    }

    private void nicRow(Nic n, int i) {
        String key = "nics-" + i;
        ComboBox<String> ep = new ComboBox<>();
        ep.getItems().setAll(vm.nicChoices(i));
        ep.setValue(n.endpoint());
        ep.setOnAction(e -> vm.setNicEndpoint(i, ep.getValue()).ifPresent(m -> refuse(ep, n.endpoint(), key, m)));
        ComboBox<NicModel> model = new ComboBox<>();
        model.getItems().setAll(NicModel.values());
        model.setConverter(converter(NicModel::libvirtName));
        model.setValue(n.model());
        model.setOnAction(e -> vm.setNicModel(i, model.getValue()));
        model.setId("inspector-" + key + "-model");
        CheckBox vhost = new CheckBox("vhost");
        vhost.setSelected(n.vhost());
        vhost.setOnAction(e -> vm.setNicVhost(i, vhost.isSelected()));
        Button remove = new Button("\u2715");
        remove.setOnAction(e -> vm.removeNic(i));
        remove.setAccessibleText("Remove NIC " + (i + 1));
        HBox extras = new HBox(8, model, vhost, remove);
        extras.setAlignment(Pos.CENTER_LEFT);
        form.add(key, "NIC " + (i + 1), ep);
        form.addWide(new HBox(0, new Label("      "), extras));
    }

    private void showProblems(ElementRef r) {
        List<Problem> mine = problems.about(r);
        shownProblems = mine;
        List<String> general = new ArrayList<>();
        for (Problem p : mine) {
            String field = p.path().length() > r.path().length() + 1 ? p.path().substring(r.path().length() + 1) : "";
            String key = field.replaceAll("\\[(\\d+)\\].*", "-$1").replace('.', '-');
            String text = p.message() + (p.fix().isEmpty() ? "" : " " + p.fix());
            if (!field.isEmpty() && form.has(key)) {
                form.note(key, text, true);
            } else {
                general.add((p.isError() ? "Error: " : "Warning: ") + text);
            }
        }
        for (String s : general) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add("mvtd-problem-note");
            body.getChildren().add(l);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** A mode in the picker: its kernel name and the one line on what it does. */
    private static final class ModeCell extends ListCell<MacvlanMode> {
        @Override
        protected void updateItem(MacvlanMode m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(m.kernelName());
            name.getStyleClass().add("mvtd-heading-small");
            Label line = new Label(m.summary());
            line.getStyleClass().add(Styles.FIELD_NOTE);
            line.setWrapText(true);
            line.setMaxWidth(320);
            setText(null);
            setGraphic(new VBox(1, name, line));
        }
    }
}
