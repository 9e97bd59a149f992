package org.mvtd.app.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mvtd.app.ui.theme.Styles;
import org.mvtd.model.Design;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.GuestKind;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.V2Edits;

/**
 * The fields of each kind of element, bound to the design: every control reads its value through the view model
 * (so {@link Form#refresh} shows the current design) and writes through one of its edits.
 */
final class ElementForms {
    private static final String UNPLUGGED = "(unplugged)";

    private final InspectorViewModel vm;
    private final Form form;
    private final VBox body;

    ElementForms(InspectorViewModel vm, Form form, VBox body) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.form = Objects.requireNonNull(form, "form");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** Builds the fields of {@code r}, which exists in the design. */
    void build(ElementRef r) {
        switch (r.kind()) {
            case SWITCH -> buildSwitch(r);
            case STATION -> buildStation(r);
            case HOST -> buildHost();
            case DEVICE -> buildDevice();
            case ENDPOINT -> buildEndpoint(r);
            case GUEST -> buildGuest();
        }
    }

    /** The design's own form: its name, what it holds, and how to start. */
    void buildDesign() {
        form.text("design-name", "Name", () -> vm.design().name(),
                t -> t.isBlank() ? List.of("a name is required") : List.of(), t -> {
                    vm.setDesignName(t);
                    return Optional.empty();
                });
        Label counts = note();
        form.bind(() -> counts.setText(counts(vm.design())));
        Label hint = note();
        hint.setText("Select an element to edit it. Select a node (an endpoint, a guest, a station or a "
                + "device carrying the host's address) to colour every other node by what it can do with it.");
        body.getChildren().addAll(counts, new Separator(), hint);
    }

    private static String counts(Design d) {
        int endpoints = d.hosts().stream().mapToInt(h -> h.endpoints().size()).sum();
        return d.switches().size() + " switches \u00b7 " + d.stations().size() + " stations \u00b7 "
                + d.hosts().size() + " hosts \u00b7 " + endpoints + " endpoints \u00b7 " + d.guests().size() + " guests";
    }

    private void nameField() {
        form.text("name", "Name", () -> vm.target().name(), vm::nameProblems, vm::rename);
    }

    private void buildSwitch(ElementRef r) {
        nameField();
        form.check("hairpin", "Hairpin", "Reflect frames back (802.1Qbg)",
                () -> vm.design().switchNamed(r.name()).orElseThrow().hairpin(), always(vm::setHairpin));
        form.info("hairpin", () -> "Lets VEPA and private neighbours on one NIC meet through the switch.");
    }

    private void buildStation(ElementRef r) {
        nameField();
        form.choice("switch", "Switch", vm::switchNames,
                () -> vm.design().station(r.name()).orElseThrow().switchName(), vm::setStationSwitch);
        form.text("vlan", "VLAN", () -> vm.station().vlan() == null ? "" : vm.station().vlan().toString(),
                t -> V2Edits.vlanProblems(t, true), vm::setStationVlan).setPromptText("untagged");
        form.info("vlan", () -> vm.station().vlan() == null ? "Untagged: it meets untagged devices on the switch."
                : "Tagged: it meets only VLAN " + vm.station().vlan() + " devices on the switch.");
        addresses(() -> vm.station().addresses(), vm::setStationAddresses);
    }

    /** The addresses field: a CIDR list (IPv4 and IPv6), every bad entry named as typed. */
    private void addresses(Supplier<List<String>> model, Function<String, Optional<String>> commit) {
        form.text("addresses", "Addresses", () -> V2Edits.line(model.get()), V2Edits::addressProblems, commit)
                .setPromptText("192.0.2.10/24, 2001:db8::10/64");
    }

    private void buildHost() {
        nameField();
        Label note = note();
        note.setText("Drop lower devices into the host's box; endpoints go on the devices.");
        form.addWide(note);
    }

    private void buildDevice() {
        nameField();
        form.choice("kind", "Kind", () -> List.of(DeviceKind.values()), () -> vm.device().kind(), always(vm::setDeviceKind))
                .setConverter(converter(DeviceKind::yamlName));
        form.choice("parent", "Parent", vm::parentChoices, () -> vm.device().parent(), vm::setDeviceParent);
        form.shownWhen("parent", () -> vm.device().isVlan() || vm.device().parent() != null); // a stray key shows its problem
        form.text("vlan", "VLAN id", () -> vm.device().vlan() == null ? "" : vm.device().vlan().toString(),
                t -> V2Edits.vlanProblems(t, false), vm::setDeviceVlan).setPromptText("1-4094");
        form.shownWhen("vlan", () -> vm.device().isVlan() || vm.device().vlan() != null);
        form.info("vlan", () -> "Tagged frames leave through " + (vm.device().parent() == null ? "its parent"
                : vm.device().parent()) + "'s cable; only VLAN-" + (vm.device().vlan() == null ? "?" : vm.device().vlan())
                + " neighbours hear it.");
        form.choice("switch", "Switch", () -> {
            List<String> choices = new ArrayList<>();
            choices.add(UNPLUGGED);
            choices.addAll(vm.switchNames());
            return choices;
        }, () -> vm.device().switchName() == null ? UNPLUGGED : vm.device().switchName(),
                always(sw -> vm.setDeviceSwitch(UNPLUGGED.equals(sw) ? null : sw)));
        form.shownWhen("switch", () -> !vm.device().isVlan());
        form.check("up", "State", "Up", () -> vm.device().up(), always(vm::setDeviceUp));
        form.check("hostAddress", "Host IP", "The host's own IP stack sits on it", () -> vm.device().hostAddress(),
                always(vm::setHostAddress));
        addresses(() -> vm.device().addresses(), vm::setDeviceAddresses);
        form.shownWhen("addresses", () -> vm.device().hostAddress() || !vm.device().addresses().isEmpty());
    }

    private void buildEndpoint(ElementRef r) {
        nameField();
        form.choice("type", "Type", () -> List.of(LinkType.values()), () -> vm.endpoint().type(), vm::setType)
                .setConverter(converter(LinkType::kernelName));
        form.choice("lower", "Lower", vm::deviceNames, () -> vm.endpoint().lower(), vm::setLower);
        ComboBox<MacvlanMode> mode = form.choice("mode", "Mode", () -> List.of(MacvlanMode.values()),
                () -> vm.endpoint().mode(), vm::setMode);
        mode.setConverter(converter(MacvlanMode::kernelName));
        mode.setCellFactory(lv -> new ModeCell());
        form.info("mode", () -> vm.endpoint().mode().summary());
        form.text("sourceMacs", "Senders", () -> V2Edits.line(vm.endpoint().sourceMacs()), V2Edits::macListProblems,
                vm::setSourceMacs).setPromptText("52:54:00:aa:bb:cc, ...");
        form.shownWhen("sourceMacs", () -> vm.endpoint().mode() == MacvlanMode.SOURCE || !vm.endpoint().sourceMacs().isEmpty());
        form.info("sourceMacs", () -> "The MACs whose frames it receives, separated by commas.");
        form.check("nodst", "Senders' frames", "Only here (nodst)", () -> vm.endpoint().nodst(), vm::setNodst);
        form.shownWhen("nodst", () -> vm.endpoint().mode() == MacvlanMode.SOURCE || vm.endpoint().nodst());
        form.info("nodst", () -> vm.endpoint().nodst() ? "Their frames reach this endpoint alone."
                : "This endpoint gets a copy; their frames still reach their destination.");
        form.check("nopromisc", "Lower device", "Leave promiscuity alone (nopromisc)", () -> vm.endpoint().nopromisc(),
                vm::setNopromisc);
        form.shownWhen("nopromisc", () -> vm.endpoint().mode() == MacvlanMode.PASSTHRU || vm.endpoint().nopromisc());
        form.text("mac", "MAC", () -> vm.endpoint().mac() == null ? "" : vm.endpoint().mac(), vm::macProblems, vm::setMac)
                .setPromptText("chosen by the kernel");
        addresses(() -> vm.endpoint().addresses(), vm::setEndpointAddresses);
        form.info("addresses", () -> "Its user's own addresses (the guest's or the container's).");
        form.check("up", "State", "Up", () -> vm.endpoint().up(), vm::setEndpointUp);
        Label used = new Label();
        used.getStyleClass().add(Styles.FIELD_NOTE);
        form.addWide(used);
        form.bind(() -> {
            String guest = vm.design().guestOn(r.host(), vm.target().name()).map(g -> "Used by guest " + g.name()).orElse("");
            used.setText(guest);
            used.setVisible(!guest.isEmpty());
            used.setManaged(!guest.isEmpty());
        });
    }

    private void buildGuest() {
        nameField();
        form.choice("host", "Host", vm::hostNames, () -> vm.guest().host(), always(vm::setGuestHost));
        form.choice("guest-kind", "Kind", () -> List.of(GuestKind.values()), () -> vm.guest().kind(), vm::setGuestKind)
                .setConverter(converter(k -> k == GuestKind.CONTAINER ? "container" : "virtual machine"));
        for (int i = 0; i < vm.guest().nics().size(); i++) {
            nicRow(i);
        }
        Button add = new Button("Add NIC");
        add.setId("inspector-add-nic");
        Label addNote = new Label();
        addNote.getStyleClass().add(Styles.FIELD_ERROR);
        addNote.setWrapText(true);
        add.setOnAction(e -> vm.addNic().ifPresent(addNote::setText));
        form.addWide(new VBox(4, add, addNote));
        form.info("host", () -> vm.guest().nics().isEmpty()
                ? "No NIC yet: drag from the " + (vm.guest().isContainer() ? "container" : "guest") + "'s handle to a "
                        + vm.guest().kind().nicType().kernelName() + " endpoint, or Add NIC." : "");
    }

    private void nicRow(int i) {
        String key = "nics-" + i;
        form.choice(key, "NIC " + (i + 1), () -> vm.nicChoices(i), () -> nic(i).endpoint(), ep -> vm.setNicEndpoint(i, ep));
        ComboBox<NicModel> model = new ComboBox<>();
        model.getItems().setAll(NicModel.values());
        model.setConverter(converter(NicModel::libvirtName));
        model.setId("inspector-" + key + "-model");
        CheckBox vhost = new CheckBox("vhost");
        form.bind(() -> {
            if (model.getValue() != nic(i).model()) {
                model.setValue(nic(i).model());
            }
            vhost.setSelected(nic(i).vhost());
        });
        model.setOnAction(e -> {
            if (model.getValue() != null && model.getValue() != nic(i).model()) {
                vm.setNicModel(i, model.getValue());
            }
        });
        vhost.setOnAction(e -> vm.setNicVhost(i, vhost.isSelected()));
        Button remove = new Button("\u2715");
        remove.setOnAction(e -> vm.removeNic(i));
        remove.setAccessibleText("Remove NIC " + (i + 1));
        // A container's NIC is the moved macvlan itself: no emulated model, no vhost.
        HBox extras = vm.guest().isContainer() ? new HBox(8, remove) : new HBox(8, model, vhost, remove);
        extras.setAlignment(Pos.CENTER_LEFT);
        form.addWide(new HBox(0, new Label("      "), extras));
    }

    private Nic nic(int i) {
        return vm.guest().nics().get(i);
    }

    private static Label note() {
        Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().add(Styles.FIELD_NOTE);
        return l;
    }

    /** An edit that is never refused, as a form commit. */
    private static <T> Function<T, Optional<String>> always(Consumer<T> edit) {
        return v -> {
            edit.accept(v);
            return Optional.empty();
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                // only for editable combo boxes; these pickers choose from their list
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
