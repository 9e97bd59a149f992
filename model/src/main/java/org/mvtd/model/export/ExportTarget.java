package org.mvtd.model.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The export formats, by the names the CLI's {@code --to} takes. */
public enum ExportTarget {
    LIBVIRT_DOMAIN(LibvirtDomainExporter::new),
    LIBVIRT_NETWORK(LibvirtNetworkExporter::new),
    IP_SCRIPT(IpScriptExporter::new),
    QEMU(QemuExporter::new),
    NETWORKD(NetworkdExporter::new);

    private final Supplier<Exporter> factory;

    ExportTarget(Supplier<Exporter> factory) {
        this.factory = factory;
    }

    /** {@code libvirt-domain}, {@code ip-script}, ... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Exporter exporter() {
        return factory.get();
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
