package org.mvtd.backend.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
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
import org.mvtd.model.Position;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;

/**
 * The design as it travels in requests: JSON mirroring FORMAT.md key for key (camelCase, same defaults),
 * read strictly: unknown keys, wrong types, unknown enum names, bad interface names and MACs are
 * protocol errors naming the field path, e.g. {@code design.hosts[0].endpoints[2].mac}.
 */
public final class DesignJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_TEXT = 256;
    private static final int MAX_ITEMS = 100_000;

    private DesignJson() {
    }

    public static Design read(Fields d) throws ProtocolException {
        int version = (int) d.integer("version", 1, Integer.MAX_VALUE);
        if (version != Design.CURRENT_VERSION) {
            throw ProtocolException.bad(d.path("version"), "design version " + version
                    + " is not supported (this helper reads version " + Design.CURRENT_VERSION + ")");
        }
        String name = Names.plainText(d.text("name"), d.path("name"), MAX_TEXT);
        List<Switch> switches = new ArrayList<>();
        for (Fields.Element e : items(d, "switches")) {
            Fields s = e.fields();
            switches.add(new Switch(label(s, "name"), s.bool("hairpin", false), at(s)));
            s.done();
        }
        List<Station> stations = new ArrayList<>();
        for (Fields.Element e : items(d, "stations")) {
            Fields s = e.fields();
            stations.add(new Station(label(s, "name"), label(s, "switch"), at(s)));
            s.done();
        }
        List<Host> hosts = new ArrayList<>();
        for (Fields.Element e : items(d, "hosts")) {
            hosts.add(host(e.fields()));
        }
        List<Guest> guests = new ArrayList<>();
        for (Fields.Element e : items(d, "guests")) {
            guests.add(guest(e.fields()));
        }
        d.done();
        return new Design(version, name, switches, stations, hosts, guests);
    }

    private static Host host(Fields h) throws ProtocolException {
        String name = label(h, "name");
        List<Device> devices = new ArrayList<>();
        for (Fields.Element e : items(h, "devices")) {
            Fields f = e.fields();
            String dn = Names.interfaceName(f.text("name"), f.path("name"));
            DeviceKind kind = enumOf(f, "kind", "ethernet", DeviceKind::fromYamlName);
            String sw = f.optText("switch").isPresent() ? label(f, "switch") : null;
            devices.add(new Device(dn, kind, sw, f.bool("up", true), f.bool("hostAddress", true), at(f)));
            f.done();
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Fields.Element e : items(h, "endpoints")) {
            Fields f = e.fields();
            String en = Names.interfaceName(f.text("name"), f.path("name"));
            String lower = Names.interfaceName(f.text("lower"), f.path("lower"));
            LinkType type = enumOf(f, "type", "macvtap", LinkType::fromKernelName);
            MacvlanMode mode = enumOf(f, "mode", "vepa", MacvlanMode::fromKernelName);
            String mac = null;
            if (f.has("mac")) {
                mac = Names.mac(f.text("mac"), f.path("mac"));
            } else {
                f.optText("mac");
            }
            endpoints.add(new Endpoint(en, lower, type, mode, mac, f.bool("up", true), at(f)));
            f.done();
        }
        Position at = at(h);
        h.done();
        return new Host(name, devices, endpoints, at);
    }

    private static Guest guest(Fields g) throws ProtocolException {
        String name = label(g, "name");
        String host = label(g, "host");
        List<Nic> nics = new ArrayList<>();
        for (Fields.Element e : items(g, "nics")) {
            Fields n = e.fields();
            String ep = Names.interfaceName(n.text("endpoint"), n.path("endpoint"));
            NicModel model = enumOf(n, "model", "virtio", NicModel::fromLibvirtName);
            nics.add(new Nic(ep, model, n.bool("vhost", true)));
            n.done();
        }
        Position at = at(g);
        g.done();
        return new Guest(name, host, nics, at);
    }

    interface Parse<T> {
        T apply(String s);
    }

    static <T> T enumOf(Fields f, String key, String fallback, Parse<T> parse) throws ProtocolException {
        String s = f.optText(key).orElse(fallback);
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            throw ProtocolException.bad(f.path(key), Fields.printable(e.getMessage()));
        }
    }

    private static String label(Fields f, String key) throws ProtocolException {
        String s = Names.plainText(f.text(key), f.path(key), MAX_TEXT);
        if (s.isBlank()) {
            throw ProtocolException.bad(f.path(key), "is empty");
        }
        return s;
    }

    static List<Fields.Element> items(Fields f, String key) throws ProtocolException {
        List<Fields.Element> list = f.array(key);
        if (list.size() > MAX_ITEMS) {
            throw ProtocolException.bad(f.path(key), "more than " + MAX_ITEMS + " items");
        }
        return list;
    }

    private static Position at(Fields f) throws ProtocolException {
        List<Fields.Element> xy = f.array("at");
        if (!f.has("at")) {
            return null;
        }
        if (xy.size() != 2) {
            throw ProtocolException.bad(f.path("at"), "expected [x, y]");
        }
        return new Position(xy.get(0).number(), xy.get(1).number());
    }

    /** The JSON form of {@code d}, writing every key (defaults included) so the helper sees no guesswork. */
    public static ObjectNode write(Design d) {
        ObjectNode o = F.objectNode();
        o.put("version", d.version());
        o.put("name", d.name());
        ArrayNode sw = o.putArray("switches");
        for (Switch s : d.switches()) {
            ObjectNode n = sw.addObject().put("name", s.name()).put("hairpin", s.hairpin());
            putAt(n, s.at());
        }
        ArrayNode st = o.putArray("stations");
        for (Station s : d.stations()) {
            putAt(st.addObject().put("name", s.name()).put("switch", s.switchName()), s.at());
        }
        ArrayNode hs = o.putArray("hosts");
        for (Host h : d.hosts()) {
            ObjectNode hn = hs.addObject().put("name", h.name());
            ArrayNode ds = hn.putArray("devices");
            for (Device dv : h.devices()) {
                ObjectNode n = ds.addObject().put("name", dv.name()).put("kind", dv.kind().yamlName());
                if (dv.switchName() != null) {
                    n.put("switch", dv.switchName());
                }
                n.put("up", dv.up()).put("hostAddress", dv.hostAddress());
                putAt(n, dv.at());
            }
            ArrayNode es = hn.putArray("endpoints");
            for (Endpoint e : h.endpoints()) {
                ObjectNode n = es.addObject().put("name", e.name()).put("lower", e.lower())
                        .put("type", e.type().kernelName()).put("mode", e.mode().kernelName());
                if (e.mac() != null) {
                    n.put("mac", e.mac());
                }
                n.put("up", e.up());
                putAt(n, e.at());
            }
            putAt(hn, h.at());
        }
        ArrayNode gs = o.putArray("guests");
        for (Guest g : d.guests()) {
            ObjectNode gn = gs.addObject().put("name", g.name()).put("host", g.host());
            ArrayNode ns = gn.putArray("nics");
            for (Nic n : g.nics()) {
                ns.addObject().put("endpoint", n.endpoint()).put("model", n.model().libvirtName()).put("vhost", n.vhost());
            }
            putAt(gn, g.at());
        }
        return o;
    }

    private static void putAt(ObjectNode n, Position p) {
        if (p != null) {
            n.putArray("at").add(p.x()).add(p.y());
        }
    }

    /** For symmetry with {@link #write}: reads a design object found at {@code path}. */
    public static Design read(JsonNode node, String path) throws ProtocolException {
        return read(Fields.of(node, path));
    }
}
