package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mvtd.app.ui.teach.compare.CompareViewModel;
import org.mvtd.app.ui.teach.compare.CompareViewModel.Panel;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.EditFixtures;

/** The four small multiples' marks without a stage. */
class CompareViewModelTest {
    private static final ElementRef TAP0 = ElementRef.endpoint("kvmhost", "macvtap0");
    private static final ElementRef TAP1 = ElementRef.endpoint("kvmhost", "macvtap1");
    private static final ElementRef ROUTER = ElementRef.station("router");

    @Test
    void eachModeColoursTheNeighbourByTheKernelsRules() {
        CompareViewModel vm = new CompareViewModel();
        vm.designProperty().set(EditFixtures.welcome());
        assertThat(vm.select(ElementRef.guest("uperf-client"))).as("a guest selects its endpoint").isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo("kvmhost/macvtap0");
        assertThat(vm.panels()).extracting(Panel::mode).containsExactlyElementsOf(MacvlanMode.classic());
        Panel vepa = vm.panels().get(0);
        Panel bridge = vm.panels().get(1);
        Panel priv = vm.panels().get(2);
        Panel passthru = vm.panels().get(3);
        assertThat(vepa.markOf(TAP0)).isEqualTo(ReachMark.SOURCE);
        assertThat(vepa.markOf(TAP1)).as("no hairpin: vepa neighbours never meet").isEqualTo(ReachMark.NONE);
        assertThat(bridge.markOf(TAP1)).isEqualTo(ReachMark.PING);
        assertThat(bridge.markOf(ElementRef.guest("uperf-server"))).isEqualTo(ReachMark.PING);
        assertThat(priv.markOf(TAP1)).isEqualTo(ReachMark.NONE);
        assertThat(passthru.refused()).containsExactly(TAP1);
        assertThat(passthru.markOf(TAP1)).isEqualTo(ReachMark.DOWN);
        assertThat(passthru.summary()).contains("1 refused by the kernel");
        for (Panel p : vm.panels()) {
            assertThat(p.markOf(ROUTER)).as(p.mode() + ": stations reach every endpoint").isEqualTo(ReachMark.PING);
        }
        assertThat(bridge.summary()).isEqualTo("ping both ways with 2 of 3");
    }

    @Test
    void selectingANodeRecoloursEveryPanel() {
        CompareViewModel vm = new CompareViewModel();
        vm.designProperty().set(EditFixtures.welcome());
        assertThat(vm.select(ElementRef.sw("lan"))).as("a switch is no node").isFalse();
        vm.select(ROUTER);
        assertThat(vm.selectedElement()).contains(ROUTER);
        for (Panel p : vm.panels()) {
            assertThat(p.markOf(ROUTER)).isEqualTo(ReachMark.SOURCE);
            // Passthru: the endpoint owns eth0's MAC and takes every unicast, so the host's stack only hears broadcasts.
            assertThat(p.markOf(ElementRef.device("kvmhost", "eth0"))).as(p.mode().kernelName())
                    .isEqualTo(p.mode() == MacvlanMode.PASSTHRU ? ReachMark.ONE_WAY : ReachMark.PING);
        }
    }

    @Test
    void aNewDesignKeepsTheSelectionWhenItStillExists() {
        CompareViewModel vm = new CompareViewModel();
        vm.designProperty().set(EditFixtures.welcome());
        vm.select(ROUTER);
        vm.designProperty().set(EditFixtures.welcome().withName("again"));
        assertThat(vm.selectedProperty().get()).isEqualTo("router");
        vm.designProperty().set(EditFixtures.mixed());
        assertThat(vm.selectedProperty().get()).isEqualTo("router");
        assertThat(vm.nodes()).contains("kvm1/pt0", "kvm2/tapx");
    }
}
