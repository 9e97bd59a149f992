package org.mvtd.app.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

class InspectorViewModelTest {
    @TempDir
    Path dir;
    private DocumentViewModel doc;
    private SelectionModel sel;
    private InspectorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        doc = new DocumentViewModel(new RecoveryStore(dir));
        doc.openExample();
        sel = new SelectionModel();
        vm = new InspectorViewModel(doc, sel);
    }

    @Test
    void namesAreCheckedAsTypedAndARenameIsOneStepThatKeepsTheSelection() {
        sel.select(ElementRef.endpoint("kvmhost", "macvtap0"));
        assertThat(vm.checkName("macvtap1")).get().asString().contains("already used");
        assertThat(vm.checkName("a-name-longer-than-15")).get().asString().contains("15 bytes");
        assertThat(vm.checkName("eth0:1")).get().asString().contains("contains ':'");
        assertThat(vm.rename("macvtap1")).isPresent();
        assertThat(doc.undoManager().canUndo()).as("a refused rename changes nothing").isFalse();
        assertThat(vm.rename("tap-client")).isEmpty();
        assertThat(sel.single()).contains(ElementRef.endpoint("kvmhost", "tap-client"));
        assertThat(doc.design().guestOn("kvmhost", "tap-client")).isPresent();
        doc.undo();
        assertThat(doc.design().guestOn("kvmhost", "macvtap0")).isPresent();
    }

    @Test
    void macsAreCheckedAsTyped() {
        sel.select(ElementRef.endpoint("kvmhost", "macvtap0"));
        assertThat(vm.checkMac("52:54:00:12:34:56")).isEmpty();
        assertThat(vm.checkMac("")).as("blank lets the kernel choose").isEmpty();
        assertThat(vm.checkMac("53:54:00:12:34:56")).get().asString().contains("multicast");
        assertThat(vm.checkMac("52:54:00:12:34")).get().asString().contains("six hex pairs");
        assertThat(vm.setMac("52:54:00:AA:BB:CC")).isEmpty();
        assertThat(vm.endpoint().mac()).isEqualTo("52:54:00:aa:bb:cc");
    }

    @Test
    void passthruBesideANeighbourAndMacvlanUnderAGuestAreRefused() {
        sel.select(ElementRef.endpoint("kvmhost", "macvtap0"));
        assertThat(vm.setMode(MacvlanMode.PASSTHRU)).get().asString().contains("must be alone on its device");
        assertThat(vm.endpoint().mode()).isEqualTo(MacvlanMode.BRIDGE);
        assertThat(vm.setType(LinkType.MACVLAN)).get().asString().contains("needs a macvtap endpoint");
        assertThat(vm.setMode(MacvlanMode.PRIVATE)).isEmpty();
        assertThat(vm.endpoint().mode()).isEqualTo(MacvlanMode.PRIVATE);
    }

    @Test
    void guestNicsOfferOnlyFreeMacvtapEndpoints() {
        sel.select(ElementRef.guest("uperf-client"));
        assertThat(vm.nicChoices(0)).containsExactly("macvtap0");
        assertThat(vm.addNic()).get().asString().contains("no free macvtap endpoint");
        vm.removeNic(0);
        assertThat(vm.guest().nics()).isEmpty();
        assertThat(vm.addNic()).isEmpty();
        assertThat(vm.guest().nics()).extracting(n -> n.endpoint()).containsExactly("macvtap0");
    }
}
