package org.mvtd.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;

/** Links not made by macvtap-designer can be arranged but never deleted from the canvas, not even by a cascade. */
class ForeignReadOnlyTest {
    @TempDir
    Path dir;
    private final FxPump fx = new FxPump();
    private MainViewModel vm;
    private LiveServices services;

    @BeforeEach
    void setUp() {
        services = new LiveServices(new FakeHelper(FakeKernel.withDevices("eth0")), FakeVerifier.agreeing(), "kvm1", fx,
                LiveServices.daemon("t-worker"), LiveServices.daemon("t-lab"), System::nanoTime);
        vm = new MainViewModel(Settings.load(dir), new RecoveryStore(dir), new QuietDialogs(), services);
        Design d = Design.empty("live kvm1").withHosts(List.of(Host.of("kvm1", List.of(Device.of("eth0", null)),
                List.of(Endpoint.macvtap("ours0", "eth0", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("ext0", "eth0", MacvlanMode.BRIDGE)))));
        vm.document().change("load", d);
        vm.live().foreign().add(ElementRef.endpoint("kvm1", "ext0"));
    }

    @AfterEach
    void tearDown() {
        fx.drain();
    }

    @Test
    void aForeignEndpointIsNotDeletedAndTheUserIsToldWhy() {
        Design before = vm.document().design();
        vm.selection().selectAll(List.of(ElementRef.endpoint("kvm1", "ext0")));
        vm.canvas().delete();
        assertThat(vm.document().design()).isEqualTo(before);
        assertThat(vm.canvas().noticeProperty().get().text()).contains("kvm1/ext0").contains("read-only");
    }

    @Test
    void deletingTheHostWouldTakeTheForeignEndpointWithItSoNothingIsDeleted() {
        Design before = vm.document().design();
        vm.selection().selectAll(List.of(ElementRef.host("kvm1")));
        vm.canvas().delete();
        assertThat(vm.document().design()).isEqualTo(before);
    }

    @Test
    void ourOwnEndpointBesideItIsDeletedAsUsual() {
        vm.selection().selectAll(List.of(ElementRef.endpoint("kvm1", "ours0")));
        vm.canvas().delete();
        assertThat(vm.document().design().host("kvm1").orElseThrow().endpoints()).extracting(Endpoint::name)
                .containsExactly("ext0");
    }
}
