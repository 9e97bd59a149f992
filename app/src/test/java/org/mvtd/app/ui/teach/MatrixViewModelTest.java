package org.mvtd.app.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mvtd.app.ui.teach.matrix.MatrixCell;
import org.mvtd.app.ui.teach.matrix.MatrixViewModel;
import org.mvtd.model.Design;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.testing.EditFixtures;

/** The matrix's cells, filters and CSV without a stage. */
class MatrixViewModelTest {

    static MatrixViewModel on(Design d) {
        MatrixViewModel vm = new MatrixViewModel();
        vm.designProperty().set(d);
        return vm;
    }

    @Test
    void cellsSayWhatEachOrderedPairCanDo() {
        MatrixViewModel vm = on(EditFixtures.welcome());
        var t = vm.table();
        assertThat(t.nodes()).containsExactly("kvmhost/eth0", "kvmhost/macvtap0", "kvmhost/macvtap1", "router");
        assertThat(t.cell("kvmhost/macvtap0", "kvmhost/macvtap1")).isEqualTo(MatrixCell.PING);
        assertThat(t.cell("kvmhost/eth0", "kvmhost/macvtap0")).isEqualTo(MatrixCell.NONE);
        assertThat(t.cell("router", "kvmhost/eth0")).isEqualTo(MatrixCell.PING);
        assertThat(t.cell("router", "router")).isEqualTo(MatrixCell.SELF);
        assertThat(vm.why("kvmhost/eth0", "kvmhost/macvtap0")).startsWith("kvmhost/eth0 \u2192 kvmhost/macvtap0: none\n\u2192 ");
    }

    @Test
    void oneWayUnicastOnlyAndDownShowUp() {
        // Private behind a hairpin switch: unicast both ways, no broadcast (ARP) between neighbours.
        MatrixViewModel vm = on(KernelTruthWalks.twoEndpoints(MacvlanMode.PRIVATE, MacvlanMode.VEPA, true));
        assertThat(vm.table().cell("h/a", "h/b")).isEqualTo(MatrixCell.UNICAST_ONLY);
        // The host's ARP reaches the private endpoint, but the endpoint's own ARP never reaches the host.
        assertThat(vm.table().cell("h/eth0", "h/a")).isEqualTo(MatrixCell.PING);
        assertThat(vm.table().cell("h/a", "h/eth0")).isEqualTo(MatrixCell.UNICAST_ONLY);
        // A passthru endpoint takes every unicast on its device: the host's stack there only hears broadcasts.
        assertThat(on(EditFixtures.mixed()).table().cell("router", "kvm1/eth0")).isEqualTo(MatrixCell.ONE_WAY);
        Design down = EditFixtures.welcome();
        var h = down.hosts().get(0);
        down = down.withHosts(java.util.List.of(h.withEndpoints(java.util.List.of(h.endpoints().get(0),
                h.endpoints().get(1).withUp(false)))));
        assertThat(on(down).table().cell("router", "kvmhost/macvtap1")).isEqualTo(MatrixCell.DOWN);
    }

    @Test
    void filtersByHostSwitchAndMode() {
        MatrixViewModel vm = on(EditFixtures.mixed());
        assertThat(vm.hosts()).containsExactly("kvm1", "kvm2");
        assertThat(vm.switches()).containsExactly("lan", "wan");
        vm.hostProperty().set("kvm2");
        assertThat(vm.table().nodes()).containsExactly("kvm2/eth0", "kvm2/tapx");
        vm.hostProperty().set(MatrixViewModel.ALL);
        vm.switchProperty().set("wan");
        assertThat(vm.table().nodes()).as("nothing is plugged into wan").isEmpty();
        vm.switchProperty().set("lan");
        assertThat(vm.table().nodes()).contains("router", "kvm1/pt0", "kvm2/tapx");

        MatrixViewModel w = on(EditFixtures.welcome());
        assertThat(w.table().cell("kvmhost/macvtap0", "kvmhost/macvtap1")).isEqualTo(MatrixCell.PING);
        w.modeProperty().set(MacvlanMode.VEPA);
        assertThat(w.table().cell("kvmhost/macvtap0", "kvmhost/macvtap1")).isEqualTo(MatrixCell.NONE);
        w.modeProperty().set(MacvlanMode.PASSTHRU);
        assertThat(w.table().cell("router", "kvmhost/macvtap1")).as("refused by the kernel, so down").isEqualTo(MatrixCell.DOWN);
        assertThat(w.describeFilters()).isEqualTo("all hosts \u00b7 all switches \u00b7 every endpoint in passthru");
        w.modeProperty().set(null);
        assertThat(w.table().cell("kvmhost/macvtap0", "kvmhost/macvtap1")).isEqualTo(MatrixCell.PING);
    }

    @Test
    void csvHasAHeaderOfNodeIdsAndWordsInItsCells() {
        MatrixViewModel vm = on(EditFixtures.welcome());
        assertThat(vm.csv()).isEqualTo("""
                from\\to,kvmhost/eth0,kvmhost/macvtap0,kvmhost/macvtap1,router
                kvmhost/eth0,-,none,none,ping
                kvmhost/macvtap0,none,-,ping,ping
                kvmhost/macvtap1,none,ping,-,ping
                router,ping,ping,ping,-
                """);
        vm.hostProperty().set("kvmhost");
        assertThat(vm.csv().lines().findFirst()).contains("from\\to,kvmhost/eth0,kvmhost/macvtap0,kvmhost/macvtap1");
    }

    @Test
    void theMatrixJudgesPingInTheChosenFamily() {
        Design d = EditFixtures.welcome();
        d = d.withStations(d.stations().stream().map(s -> s.withAddresses(java.util.List.of("10.0.0.1/24", "fd00::1/64"))).toList())
                .withHost("kvmhost", h -> h.withDevice("eth0", x -> x.withAddresses(java.util.List.of("10.9.0.2/24", "fd00::2/64"))));
        MatrixViewModel vm = on(d);
        assertThat(vm.table().cell("router", "kvmhost/eth0")).as("IPv4 prefixes differ").isEqualTo(MatrixCell.UNICAST_ONLY);
        vm.familyProperty().set(org.mvtd.app.ui.viewmodel.IpFamily.IPV6);
        assertThat(vm.table().cell("router", "kvmhost/eth0")).as("one IPv6 /64").isEqualTo(MatrixCell.PING);
        assertThat(vm.table().cell("kvmhost/eth0", "kvmhost/macvtap0")).isEqualTo(MatrixCell.NONE);
    }
}
