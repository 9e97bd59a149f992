package org.mvtd.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mvtd.model.Design;
import org.mvtd.model.export.ExportException;
import org.mvtd.model.export.ExportOptions;
import org.mvtd.model.export.ExportTarget;
import org.mvtd.model.export.ExportedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a design out for the tools you already run, one file per object.",
            "TARGET is one of:",
            "  libvirt-domain   per guest GUEST.xml (interface type='direct'), and per NIC",
            "                   GUEST.ENDPOINT.interface.xml to paste with virsh edit",
            "  libvirt-network  per lower device and mode a network DEV-MODE.xml, and",
            "                   per guest GUEST.xml using it (net-define the networks first)",
            "  ip-script        per host HOST.links.sh (idempotent) and HOST.teardown.sh",
            "  qemu             per guest GUEST.qemu.sh; it hands each tap to qemu as an fd",
            "  networkd         25-NAME.netdev and 25-NAME.network for /etc/systemd/network, and",
            "                   10-netplan-DEV.network.d/ drop-ins adding to netplan's files",
            "  networkmanager   per VLAN device and endpoint NAME.nmconnection (mode 0600)",
            "  nmcli            per host HOST.nmcli.sh making the same profiles with nmcli",
            "With several hosts and no --host, each host gets a sub-directory. Every file",
            "is written whole or not at all, and none is overwritten without --force."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the design has errors, or cannot be expressed in the target (listed on stderr)",
            "2:bad usage: unreadable file, unknown host, files exist without --force, output not writable"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The design (*.mvtd.yaml); - reads standard input.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "TARGET", converter = TargetConverter.class,
            completionCandidates = TargetNames.class,
            description = "libvirt-domain, libvirt-network, ip-script, qemu, networkd, networkmanager or nmcli.")
    ExportTarget target;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path out;

    @Option(names = "--host", paramLabel = "HOST", description = "Only this host's objects (default: every host).")
    String host;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Option(names = "--guest-ipv6", description = {"libvirt targets: trustGuestRxFilters='yes', so IPv6 works in the guests",
        "(libvirt then copies each guest's multicast filter, and MAC changes, to its macvtap).",
        "The other targets always let the guests' IPv6 through."})
    boolean guestIpv6;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Design design = DesignFiles.readValid(spec, file).design();
        if (host != null) {
            DesignFiles.requireHost(design, host, file);
        }
        List<ExportedFile> files;
        try {
            files = target.exporter(new ExportOptions(guestIpv6)).export(design, Optional.ofNullable(host));
        } catch (ExportException e) {
            throw new UserError(ExitCodes.PROBLEMS, file + ": cannot export to " + target.cliName() + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            stdout.println("nothing to export to " + target.cliName() + ": the design has no "
                    + (target == ExportTarget.IP_SCRIPT || target == ExportTarget.NETWORKD
                        || target == ExportTarget.NETWORKMANAGER || target == ExportTarget.NMCLI ? "hosts" : "guests")
                    + (host == null ? "" : " on host " + host));
            stdout.flush();
            return ExitCodes.OK;
        }
        for (Path p : OutputFiles.writeAll(out, files, force)) {
            stdout.println("wrote " + p);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** What completion offers for --to: the names the converter accepts, not the enum's constants. */
    static final class TargetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ExportTarget.values()).map(ExportTarget::cliName).iterator();
        }
    }

    /** Accepts the CLI names (libvirt-domain, ...) and lists them on a typo. */
    static final class TargetConverter implements ITypeConverter<ExportTarget> {
        @Override
        public ExportTarget convert(String value) {
            try {
                return ExportTarget.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
