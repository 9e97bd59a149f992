package org.mvtd.app.ui.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.yaml.DesignFormatException;
import org.mvtd.model.yaml.DesignYaml;

/** Designs the UI tests share. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The built-in welcome example (lan, router, kvmhost/eth0 with two bridge macvtaps, two guests). */
    public static Design welcome() {
        try (InputStream in = Fixtures.class.getResourceAsStream(DocumentViewModel.EXAMPLE_RESOURCE)) {
            return DesignYaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "welcome").design();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DesignFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** One host with eth0 (on lan) carrying a passthru macvtap, and eth1 with a macvlan shim and a free macvtap. */
    public static Design mixed() {
        Host h = Host.of("kvm1",
                List.of(Device.of("eth0", "lan"), Device.of("eth1", "lan")),
                List.of(Endpoint.macvtap("pt0", "eth0", MacvlanMode.PASSTHRU),
                        Endpoint.macvlan("shim0", "eth1", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("tap1", "eth1", MacvlanMode.BRIDGE),
                        Endpoint.macvtap("tap2", "eth1", MacvlanMode.BRIDGE)));
        Host other = Host.of("kvm2", List.of(Device.of("eth0", "lan")), List.of(Endpoint.macvtap("tapx", "eth0", MacvlanMode.VEPA)));
        return Design.empty("mixed")
                .withSwitches(List.of(Switch.of("lan", false), Switch.of("wan", true)))
                .withStations(List.of(Station.of("router", "lan")))
                .withHosts(List.of(h, other))
                .withGuests(List.of(Guest.of("vm1", "kvm1", List.of(Nic.on("tap1"))), Guest.of("vm2", "kvm1", List.of())));
    }
}
