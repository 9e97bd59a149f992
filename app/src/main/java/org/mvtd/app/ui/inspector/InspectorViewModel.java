package org.mvtd.app.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import org.mvtd.model.edit.EditResult;
import org.mvtd.model.edit.DesignEdits;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.edit.Elements;
import org.mvtd.model.edit.EndpointEdits;
import org.mvtd.model.edit.Names;
import org.mvtd.model.edit.V2Edits;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.GuestKind;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.Station;

/**
 * The selected element's properties as edits. Each setter is one undo step; a setter that would make
 * the design illegal for the kernel returns why instead of changing anything.
 */
public final class InspectorViewModel {
    private final DocumentViewModel doc;
    private final SelectionModel selection;
    private final ReadOnlyObjectWrapper<ElementRef> target = new ReadOnlyObjectWrapper<>(this, "target");

    public InspectorViewModel(DocumentViewModel doc, SelectionModel selection) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.selection = Objects.requireNonNull(selection, "selection");
        selection.getSelectedItems().addListener((SetChangeListener<ElementRef>) c -> target.set(selection.single().orElse(null)));
        target.set(selection.single().orElse(null));
    }

    public ReadOnlyObjectProperty<ElementRef> targetProperty() { return target.getReadOnlyProperty(); }
    public ElementRef target() { return target.get(); }
    public Design design() { return doc.design(); }
    public DocumentViewModel document() { return doc; }

    /** Why the target cannot be called {@code text}; empty when it can. */
    public Optional<String> checkName(String text) {
        ElementRef r = target.get();
        return nameProblems(text).stream().findFirst();
    }

    /** Every rule that stops the target being called {@code text}; empty when it can be. */
    public List<String> nameProblems(String text) {
        ElementRef r = target.get();
        return r == null ? List.of() : Names.nameProblems(doc.design(), r, text);
    }

    /** Renames the target (keeping every reference) and keeps it selected; returns the problem instead when invalid. */
    public Optional<String> rename(String text) {
        ElementRef r = target.get();
        if (r == null || text.equals(r.name())) {
            return Optional.empty();
        }
        Optional<String> p = checkName(text);
        if (p.isPresent()) {
            return p;
        }
        doc.change("Rename " + r.qualifiedName() + " to " + text, DesignEdits.rename(doc.design(), r, text));
        ElementRef renamed = r.withName(text);
        selection.select(renamed);
        return Optional.empty();
    }

    public void setDesignName(String name) {
        if (!name.isBlank() && !name.equals(doc.design().name())) {
            doc.change("Rename design", doc.design().withName(name.strip()));
        }
    }

    // ---------------------------------------------------------------- switches and stations

    public void setHairpin(boolean on) {
        ElementRef r = target.get();
        doc.change((on ? "Turn hairpin on for " : "Turn hairpin off for ") + r.name(),
                doc.design().withSwitch(r.name(), s -> s.withHairpin(on)));
    }

    public List<String> switchNames() {
        return doc.design().switches().stream().map(s -> s.name()).toList();
    }

    public Optional<String> setStationSwitch(String sw) {
        ElementRef r = target.get();
        if (sw == null) {
            return Optional.of("a station must be plugged into a switch");
        }
        Design d = doc.design();
        List<Station> next = d.stations().stream().map(s -> s.name().equals(r.name()) ? s.withSwitchName(sw) : s).toList();
        doc.change("Plug " + r.name() + " into " + sw, d.withStations(next));
        return Optional.empty();
    }

    // ---------------------------------------------------------------- devices

    public Device device() {
        return Elements.device(doc.design(), target.get()).orElseThrow();
    }

    private void editDevice(String label, UnaryOperator<Device> edit) {
        ElementRef r = target.get();
        doc.change(label + " " + r.qualifiedName(), doc.design().withHost(r.host(), h -> h.withDevice(r.name(), edit)));
    }

    public void setDeviceKind(DeviceKind k) { editDevice("Set kind of", x -> x.withKind(k)); }
    public void setDeviceSwitch(String sw) { editDevice(sw == null ? "Unplug" : "Plug", x -> x.withSwitchName(sw)); }
    public void setDeviceUp(boolean up) { editDevice(up ? "Bring up" : "Take down", x -> x.withUp(up)); }
    public void setHostAddress(boolean on) { editDevice(on ? "Give host address to" : "Take host address from", x -> x.withHostAddress(on)); }

    /** The devices of the target's host a VLAN device may sit on: every non-VLAN device but itself. */
    public List<String> parentChoices() {
        return host().devices().stream().filter(x -> !x.isVlan() && !x.name().equals(target.get().name()))
                .map(Device::name).toList();
    }

    public Optional<String> setDeviceParent(String parent) {
        return apply("Put on " + parent + ":", V2Edits.setDeviceParent(doc.design(), target.get(), parent));
    }

    public Optional<String> setDeviceVlan(String text) {
        return apply("Set VLAN id of", V2Edits.setDeviceVlan(doc.design(), target.get(), text));
    }

    public Optional<String> setDeviceAddresses(String text) {
        return apply("Set addresses of", V2Edits.setDeviceAddresses(doc.design(), target.get(), text));
    }

    public Station station() {
        return doc.design().station(target.get().name()).orElseThrow();
    }

    public Optional<String> setStationVlan(String text) {
        return apply("Set VLAN of", V2Edits.setStationVlan(doc.design(), target.get().name(), text));
    }

    public Optional<String> setStationAddresses(String text) {
        return apply("Set addresses of", V2Edits.setStationAddresses(doc.design(), target.get().name(), text));
    }

    // ---------------------------------------------------------------- endpoints

    public Endpoint endpoint() {
        return Elements.endpoint(doc.design(), target.get()).orElseThrow();
    }

    private Host host() {
        return doc.design().host(target.get().host()).orElseThrow();
    }

    public List<String> deviceNames() {
        return host().devices().stream().map(Device::name).toList();
    }

    public Optional<String> setEndpointAddresses(String text) {
        return apply("Set addresses of", V2Edits.setEndpointAddresses(doc.design(), target.get(), text));
    }

    /** Sets a source-mode endpoint's senders from a typed list. */
    public Optional<String> setSourceMacs(String text) {
        return apply("Set senders of", V2Edits.setSourceMacs(doc.design(), target.get(), text));
    }

    public Optional<String> setNodst(boolean on) {
        return apply(on ? "Turn nodst on for" : "Turn nodst off for", V2Edits.setNodst(doc.design(), target.get(), on));
    }

    public Optional<String> setNopromisc(boolean on) {
        return apply(on ? "Turn nopromisc on for" : "Turn nopromisc off for",
                V2Edits.setNopromisc(doc.design(), target.get(), on));
    }

    /** One undo step labelled {@code label} and the target's name, or the refusal; an edit that changes nothing is none. */
    private Optional<String> apply(String label, EditResult r) {
        if (r.accepted() && r.design().equals(doc.design())) {
            return Optional.empty();
        }
        return editEndpoint(label, r);
    }

    private Optional<String> editEndpoint(String label, EditResult r) {
        if (!r.accepted()) {
            return r.refusalText();
        }
        doc.change(label + " " + target.get().qualifiedName(), r.design());
        return Optional.empty();
    }

    /** Changes the mode; refused (with the kernel's reason) where passthru would share its device. */
    public Optional<String> setMode(MacvlanMode m) {
        return editEndpoint("Set mode " + m.kernelName() + " on", EndpointEdits.setMode(doc.design(), target.get(), m));
    }

    public Optional<String> setLower(String device) {
        return editEndpoint("Move onto " + device + ":", EndpointEdits.setLower(doc.design(), target.get(), device));
    }

    /** Changes macvtap/macvlan; a guest NIC forbids macvlan, so that change is refused while one uses it. */
    public Optional<String> setType(LinkType t) {
        return editEndpoint("Make " + t.kernelName() + ":", EndpointEdits.setType(doc.design(), target.get(), t));
    }

    public Optional<String> checkMac(String text) {
        return macProblems(text).stream().findFirst();
    }

    /** Every rule MAC {@code text} breaks (none when blank: the kernel chooses). */
    public List<String> macProblems(String text) {
        return Names.macProblems(text);
    }

    public Optional<String> setMac(String text) {
        EditResult r = EndpointEdits.setMac(doc.design(), target.get(), text);
        if (r.accepted() && Objects.equals(Elements.endpoint(r.design(), target.get()).orElseThrow().mac(), endpoint().mac())) {
            return Optional.empty();
        }
        return editEndpoint(text.isBlank() ? "Let the kernel choose the MAC of" : "Set MAC of", r);
    }

    public Optional<String> setEndpointUp(boolean up) {
        return editEndpoint(up ? "Bring up" : "Take down", EndpointEdits.setUp(doc.design(), target.get(), up));
    }

    // ---------------------------------------------------------------- guests

    public Guest guest() {
        return doc.design().guest(target.get().name()).orElseThrow();
    }

    private void editGuest(String label, Guest next) {
        Design d = doc.design();
        doc.change(label, d.withGuests(d.guests().stream().map(g -> g.name().equals(next.name()) ? next : g).toList()));
    }

    public List<String> hostNames() {
        return doc.design().hosts().stream().map(Host::name).toList();
    }

    /** Moves the guest to another host; its NICs cannot follow (endpoints belong to hosts), so they are dropped. */
    public void setGuestHost(String host) {
        Guest g = guest();
        if (!g.host().equals(host)) {
            editGuest("Move " + g.name() + " to " + host, g.withHost(host).withNics(List.of()));
        }
    }

    /**
     * Makes the guest a VM or a container; refused while a NIC sits on an endpoint of the other type (a VM's NICs
     * are macvtap, a container's macvlan).
     */
    public Optional<String> setGuestKind(GuestKind k) {
        Guest g = guest();
        if (k == null || g.kind() == k) {
            return Optional.empty();
        }
        if (!g.nics().isEmpty()) {
            return Optional.of("A " + (k == GuestKind.CONTAINER ? "container" : "VM") + "'s NICs are " + k.nicType().kernelName()
                    + " endpoints: remove the NICs of " + g.name() + " first.");
        }
        editGuest("Make " + g.name() + " a " + (k == GuestKind.CONTAINER ? "container" : "VM"), g.withKind(k));
        return Optional.empty();
    }

    /** The endpoints of the guest's kind's type (macvtap for a VM, macvlan for a container) NIC {@code index} may use. */
    public List<String> nicChoices(int index) {
        Guest g = guest();
        Design d = doc.design();
        String own = index < g.nics().size() ? g.nics().get(index).endpoint() : null;
        return d.host(g.host()).map(h -> h.endpoints().stream()
                .filter(e -> e.type() == g.kind().nicType())
                .filter(e -> e.name().equals(own) || d.guestOn(h.name(), e.name()).isEmpty())
                .map(Endpoint::name).toList()).orElse(List.of());
    }

    public Optional<String> setNicEndpoint(int index, String endpoint) {
        Guest g = guest();
        if (!nicChoices(index).contains(endpoint)) {
            return Optional.of(endpoint + " is not a free " + g.kind().nicType().kernelName() + " endpoint of " + g.host());
        }
        List<Nic> nics = new ArrayList<>(g.nics());
        nics.set(index, nics.get(index).withEndpoint(endpoint));
        editGuest("Move NIC of " + g.name() + " to " + endpoint, g.withNics(nics));
        return Optional.empty();
    }

    public void setNicModel(int index, NicModel m) {
        Guest g = guest();
        List<Nic> nics = new ArrayList<>(g.nics());
        nics.set(index, nics.get(index).withModel(m));
        editGuest("Set NIC model of " + g.name(), g.withNics(nics));
    }

    public void setNicVhost(int index, boolean vhost) {
        Guest g = guest();
        List<Nic> nics = new ArrayList<>(g.nics());
        nics.set(index, nics.get(index).withVhost(vhost));
        editGuest("Set vhost of " + g.name(), g.withNics(nics));
    }

    /** Adds a NIC on the first free endpoint of the guest's kind on its host, or says there is none. */
    public Optional<String> addNic() {
        Guest g = guest();
        List<String> free = nicChoices(g.nics().size());
        if (free.isEmpty()) {
            return Optional.of(g.host() + " has no free " + g.kind().nicType().kernelName() + " endpoint: add one first.");
        }
        List<Nic> nics = new ArrayList<>(g.nics());
        nics.add(Nic.on(free.get(0)));
        editGuest("Add NIC to " + g.name(), g.withNics(nics));
        return Optional.empty();
    }

    public void removeNic(int index) {
        Guest g = guest();
        List<Nic> nics = new ArrayList<>(g.nics());
        nics.remove(index);
        editGuest("Remove NIC from " + g.name(), g.withNics(nics));
    }
}
