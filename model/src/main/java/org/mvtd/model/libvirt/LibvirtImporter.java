package org.mvtd.model.libvirt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.DeviceKind;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.NicModel;
import org.mvtd.model.validate.SourceLocation;

/**
 * Turns libvirt domain XML (as {@code virsh dumpxml --inactive} prints it, one domain per file) and
 * network XML ({@code virsh net-dumpxml}) into a design for one host. Macvtap NICs ({@code type='direct'},
 * or {@code type='network'} on a given macvtap network) become endpoints on lower devices; every
 * other interface and network is listed as skipped with a reason. Names libvirt dropped come back
 * from our {@code <metadata>} when the domain was exported by this program.
 */
public final class LibvirtImporter {
    public static final String DEFAULT_HOST = "localhost";
    public static final String DEFAULT_DESIGN_NAME = "imported from libvirt";

    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    /** A macvtap NIC found in a domain, before it gets its endpoint name. */
    private record Candidate(String lower, MacvlanMode mode, String mac, NicModel model, boolean vhost, boolean up,
                             List<String> wantedNames, SourceLocation where) {
    }

    /** A domain's guest, its macvtap NICs in order. */
    private record DomainGuest(String name, List<Candidate> nics) {
    }

    /** The caller's host name, or null to take the one our exports recorded. */
    private final String hostOption;
    private String hostName;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();

    private LibvirtImporter(String hostOption) {
        this.hostOption = hostOption;
    }

    /**
     * Imports {@code sources} into a design whose one host is {@code hostName}. Networks may come in
     * any order relative to the domains that use them.
     *
     * @throws LibvirtXmlException for broken or hostile XML, or a file that is neither a domain nor a network
     */
    public static ImportResult importXml(List<XmlSource> sources, String hostName) throws LibvirtXmlException {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(hostName, "hostName");
        return new LibvirtImporter(hostName).run(sources);
    }

    /**
     * Imports {@code sources} into a design for the host our exports recorded in the domains'
     * metadata (the first one found), else {@link #DEFAULT_HOST}.
     */
    public static ImportResult importXml(List<XmlSource> sources) throws LibvirtXmlException {
        Objects.requireNonNull(sources, "sources");
        return new LibvirtImporter(null).run(sources);
    }

    private ImportResult run(List<XmlSource> sources) throws LibvirtXmlException {
        List<XmlElement> domains = new ArrayList<>();
        Map<String, LibvirtNetwork> networks = new LinkedHashMap<>();
        for (XmlSource s : sources) {
            XmlElement root = SecureXml.parse(s.text(), s.name());
            if (!root.namespace().isEmpty()) {
                throw new LibvirtXmlException(root.where(), "the root element <" + root.name()
                        + "> is in namespace '" + root.namespace() + "'; libvirt's elements have none");
            }
            switch (root.name()) {
                case "domain" -> domains.add(root);
                case "network" -> addNetwork(LibvirtNetwork.read(root, warnings), networks);
                default -> throw new LibvirtXmlException(root.where(), "expected a libvirt <domain> (virsh dumpxml"
                        + " --inactive) or <network> (virsh net-dumpxml), found <" + root.name() + ">");
            }
        }
        for (LibvirtNetwork n : networks.values()) {
            if (!n.isMacvtap()) {
                skipped.add(new Skipped(n.where(), "network '" + n.name() + "'", n.notMacvtap()));
            }
        }
        hostName = hostOption != null ? hostOption : domains.stream().map(LibvirtImporter::metadata)
                .flatMap(Optional::stream).map(m -> m.attr("host").orElse(""))
                .filter(h -> !h.isEmpty()).findFirst().orElse(DEFAULT_HOST);
        String designName = null;
        List<DomainGuest> guests = new ArrayList<>();
        Set<String> guestNames = new HashSet<>();
        for (XmlElement d : domains) {
            Optional<XmlElement> meta = metadata(d);
            DomainGuest g = readDomain(d, meta, networks);
            if (!guestNames.add(g.name())) {
                skipped.add(new Skipped(d.where(), "domain '" + g.name() + "'", "a guest of that name was already imported"));
                continue;
            }
            guests.add(g);
            String metaDesign = meta.flatMap(m -> m.attr("name")).orElse(null);
            if (metaDesign != null && designName == null) {
                designName = metaDesign;
            } else if (metaDesign != null && !metaDesign.equals(designName)) {
                warnings.add(new ImportWarning(d.where(), "domain '" + g.name() + "' was exported from design '"
                        + metaDesign + "', the others from '" + designName + "'; the design is named '" + designName + "'"));
            }
        }
        return new ImportResult(build(designName == null ? DEFAULT_DESIGN_NAME : designName, guests), skipped, warnings);
    }

    private void addNetwork(LibvirtNetwork n, Map<String, LibvirtNetwork> networks) {
        if (networks.containsKey(n.name())) {
            skipped.add(new Skipped(n.where(), "network '" + n.name() + "'", "a network of that name was already given"));
        } else {
            networks.put(n.name(), n);
        }
    }

    /** Our {@code <mvtd:design>} element under {@code <metadata>}, when this program exported the domain. */
    private static Optional<XmlElement> metadata(XmlElement domain) {
        return domain.child("metadata").flatMap(m -> m.children().stream()
                .filter(c -> c.namespace().equals(LibvirtXml.METADATA_NS) && c.name().equals("design"))
                .findFirst());
    }

    private DomainGuest readDomain(XmlElement d, Optional<XmlElement> meta, Map<String, LibvirtNetwork> networks)
            throws LibvirtXmlException {
        String domainName = d.child("name").map(n -> n.text().strip()).filter(n -> !n.isEmpty())
                .orElseThrow(() -> new LibvirtXmlException(d.where(), "the <domain> has no <name>"));
        // Our metadata keeps the free-text guest name libvirt may have had to change ('/' and newlines).
        String name = meta.flatMap(m -> m.attr("guest"))
                .filter(g -> LibvirtXml.objectName(g, "guest").equals(domainName))
                .orElse(domainName);
        List<XmlElement> metaNics = meta.map(m -> m.children().stream()
                .filter(c -> c.namespace().equals(LibvirtXml.METADATA_NS) && c.name().equals("nic")).toList())
                .orElse(List.of());
        List<Candidate> nics = new ArrayList<>();
        int macvtapKind = 0;
        for (XmlElement iface : d.child("devices").map(dev -> dev.children("interface")).orElse(List.of())) {
            String type = iface.attr("type").orElse("");
            String what = "interface type='" + type + "' of domain '" + name + "'";
            Optional<XmlElement> metaNic = Optional.empty();
            if (type.equals("direct") || type.equals("network")) {
                metaNic = macvtapKind < metaNics.size() ? Optional.of(metaNics.get(macvtapKind)) : Optional.empty();
                macvtapKind++;
            }
            readInterface(iface, type, what, metaNic, networks).ifPresent(nics::add);
        }
        return new DomainGuest(name, nics);
    }

    private Optional<Candidate> readInterface(XmlElement iface, String type, String what, Optional<XmlElement> metaNic,
                                              Map<String, LibvirtNetwork> networks) {
        String lower;
        MacvlanMode mode;
        if (type.equals("direct")) {
            Optional<String> dev = iface.childAttr("source", "dev");
            if (dev.isEmpty()) {
                return skip(iface, what, "it names no lower device (<source dev=...>)");
            }
            lower = dev.get();
            // libvirt's default for a direct interface without a mode is vepa, as the kernel's.
            String m = iface.childAttr("source", "mode").orElse("vepa");
            try {
                mode = MacvlanMode.fromLibvirtName(m);
            } catch (IllegalArgumentException e) {
                return skip(iface, what, "mode '" + m + "' is not one of vepa, bridge, private, passthrough");
            }
        } else if (type.equals("network")) {
            String netName = iface.childAttr("source", "network").orElse("");
            LibvirtNetwork net = networks.get(netName);
            if (net == null) {
                return skip(iface, what, "network '" + netName + "' was not among the files; if it is a macvtap"
                        + " network, add its virsh net-dumpxml output");
            }
            if (!net.isMacvtap()) {
                return skip(iface, what, "network '" + netName + "' is " + net.notMacvtap());
            }
            lower = net.lower();
            mode = net.mode();
        } else {
            return skip(iface, what, otherTypeReason(type, iface));
        }
        if (!validKernelName(lower)) {
            return skip(iface, what, "lower device '" + lower + "' is not a valid Linux interface name");
        }
        if (iface.child("virtualport").isPresent()) {
            warnings.add(new ImportWarning(iface.where(), what + ": its <virtualport> settings are not kept"));
        }
        List<String> wanted = new ArrayList<>();
        metaNic.filter(m -> m.attr("lower").orElse("").equals(lower)).flatMap(m -> m.attr("endpoint")).ifPresent(wanted::add);
        iface.childAttr("target", "dev").ifPresent(wanted::add);
        return Optional.of(new Candidate(lower, mode, mac(iface, what), model(iface, what), vhost(iface, metaNic),
                !iface.childAttr("link", "state").orElse("up").equals("down"), wanted, iface.where()));
    }

    private Optional<Candidate> skip(XmlElement iface, String what, String reason) {
        skipped.add(new Skipped(iface.where(), what, reason));
        return Optional.empty();
    }

    private static String otherTypeReason(String type, XmlElement iface) {
        return switch (type) {
            case "bridge" -> "it joins Linux bridge '" + iface.childAttr("source", "bridge").orElse("?")
                    + "' through a tap device, not a macvtap endpoint";
            case "user" -> "user-mode networking (slirp or passt) has no host link";
            case "ethernet" -> "a tap device the host sets up itself, not a macvtap endpoint";
            case "hostdev" -> "a PCI device (an SR-IOV virtual function) handed to the guest whole, not a macvtap endpoint";
            case "vhostuser" -> "a vhost-user socket (e.g. Open vSwitch with DPDK), not a macvtap endpoint";
            case "vdpa" -> "a vDPA device, not a macvtap endpoint";
            case "" -> "it has no type";
            default -> "type '" + type + "' is not a macvtap endpoint";
        };
    }

    private String mac(XmlElement iface, String what) {
        Optional<String> mac = iface.childAttr("mac", "address").map(m -> m.toLowerCase(Locale.ROOT));
        if (mac.isPresent() && !MAC.matcher(mac.get()).matches()) {
            warnings.add(new ImportWarning(iface.where(), what + ": MAC '" + mac.get()
                    + "' is not of the form 52:54:00:12:34:56; the kernel will choose one"));
            return null;
        }
        return mac.orElse(null);
    }

    private NicModel model(XmlElement iface, String what) {
        Optional<String> m = iface.childAttr("model", "type");
        if (m.isEmpty()) {
            warnings.add(new ImportWarning(iface.where(), what + " has no <model>; the design says virtio"));
            return NicModel.VIRTIO;
        }
        try {
            return NicModel.fromLibvirtName(m.get());
        } catch (IllegalArgumentException e) {
            warnings.add(new ImportWarning(iface.where(), what + ": model '" + m.get()
                    + "' is not one of virtio, e1000, rtl8139; the design says virtio"));
            return NicModel.VIRTIO;
        }
    }

    /** An explicit driver wins; else what we exported (libvirt drops {@code <driver>} of non-virtio models); else vhost. */
    private static boolean vhost(XmlElement iface, Optional<XmlElement> metaNic) {
        Optional<String> driver = iface.childAttr("driver", "name");
        if (driver.isPresent()) {
            return !driver.get().equals("qemu");
        }
        return metaNic.flatMap(m -> m.attr("vhost")).map(v -> !v.equals("false")).orElse(true);
    }

    /** Names endpoints (unique across the host's devices and endpoints) and builds the design. */
    private Design build(String designName, List<DomainGuest> guests) {
        Map<String, Device> devices = new LinkedHashMap<>();
        Map<String, SourceLocation> firstUse = new LinkedHashMap<>();
        Set<String> passthruLowers = new HashSet<>();
        for (DomainGuest g : guests) {
            for (Candidate c : g.nics()) {
                firstUse.putIfAbsent(c.lower(), c.where());
                if (c.mode() == MacvlanMode.PASSTHRU) {
                    passthruLowers.add(c.lower());
                }
            }
        }
        for (String lower : firstUse.keySet()) {
            // A passthru endpoint takes the device's address, so the host keeps none there.
            devices.put(lower, new Device(lower, DeviceKind.ETHERNET, null, true, !passthruLowers.contains(lower), null));
            warnings.add(new ImportWarning(firstUse.get(lower), "libvirt does not record which switch device '"
                    + lower + "' is plugged into; connect it in the designer"));
        }
        Set<String> taken = new HashSet<>(devices.keySet());
        List<Endpoint> endpoints = new ArrayList<>();
        List<Guest> out = new ArrayList<>();
        for (DomainGuest g : guests) {
            List<Nic> nics = new ArrayList<>();
            for (Candidate c : g.nics()) {
                String name = endpointName(c, taken, g.name());
                endpoints.add(new Endpoint(name, c.lower(), LinkType.MACVTAP, c.mode(), c.mac(), c.up(), null));
                nics.add(new Nic(name, c.model(), c.vhost()));
            }
            out.add(Guest.of(g.name(), hostName, nics));
        }
        Host host = Host.of(hostName, List.copyOf(devices.values()), endpoints);
        return new Design(Design.CURRENT_VERSION, designName, List.of(), List.of(), List.of(host), out);
    }

    private String endpointName(Candidate c, Set<String> taken, String guest) {
        for (String w : c.wantedNames()) {
            if (validKernelName(w) && taken.add(w)) {
                return w;
            }
        }
        String made = "macvtap0";
        for (int i = 1; !taken.add(made); i++) {
            made = "macvtap" + i;
        }
        String why = c.wantedNames().isEmpty()
                ? "names no macvtap (libvirt drops names starting with 'macvtap' from inactive definitions)"
                : "asks for '" + c.wantedNames().get(c.wantedNames().size() - 1) + "', which is taken or invalid";
        warnings.add(new ImportWarning(c.where(), "a NIC of guest '" + guest + "' " + why + "; it is called '" + made + "'"));
        return made;
    }

    /** The one interface-name rule ({@link org.mvtd.model.rules.InterfaceNames}), which the helper applies too. */
    static boolean validKernelName(String n) {
        return org.mvtd.model.rules.InterfaceNames.problem(n).isEmpty();
    }
}
