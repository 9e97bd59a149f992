package org.mvtd.model.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The export formats, by the names the CLI's {@code --to} takes. */
public enum ExportTarget {
    LIBVIRT_DOMAIN(LibvirtDomainExporter::new),
    LIBVIRT_NETWORK(LibvirtNetworkExporter::new),
    IP_SCRIPT(o -> new IpScriptExporter()),
    QEMU(o -> new QemuExporter()),
    NETWORKD(o -> new NetworkdExporter()),
    NETWORKMANAGER(o -> new NetworkManagerExporter()),
    NMCLI(o -> new NmcliExporter()),
    VIRT_INSTALL(o -> new VirtInstallExporter()),
    DOCKER(o -> new DockerExporter()),
    NMSTATE(o -> new NmstateExporter()),
    NMSTATE_POLICY(o -> new NncpExporter()),
    MULTUS(o -> new MultusExporter()),
    ANSIBLE(o -> new AnsibleExporter());

    private final Function<ExportOptions, Exporter> factory;

    ExportTarget(Function<ExportOptions, Exporter> factory) {
        this.factory = factory;
    }

    /** {@code libvirt-domain}, {@code ip-script}, ... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Exporter exporter() {
        return exporter(ExportOptions.DEFAULT);
    }

    public Exporter exporter(ExportOptions options) {
        return factory.apply(java.util.Objects.requireNonNull(options, "options"));
    }

    public static ExportTarget fromCliName(String s) {
        for (ExportTarget t : values()) {
            if (t.cliName().equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown export target '" + s + "' (expected "
                + Arrays.stream(values()).map(ExportTarget::cliName).collect(Collectors.joining(", ")) + ")");
    }
}
