package org.mvtd.backend.helper;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mvtd.backend.protocol.DesignJson;
import org.mvtd.backend.protocol.Wire;
import org.mvtd.model.Design;

/**
 * Generates malformed and hostile requests, each of which the helper must answer with a protocol-error
 * and no kernel change: bad JSON, unknown commands and fields, wrong types, hostile names and MACs,
 * unknown modes, over-long lines. Seeded, so a failure can be replayed.
 */
public final class HostileRequests {
    private static final String[] BAD_NAMES = {"", ".", "..", "a/b", "../etc", "a b", "tab\tx", "nl\nx", "nul\u0000x",
            "sixteen-chars-xx", "eth0:1", "x@y", "ü", "$(reboot)", "`id`", "a;b", "\u001b[2J", "a..", "-rf /", "\u202e"};
    private static final String[] BAD_MACS = {"01:00:5e:00:00:01", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00", "52:54:00",
            "52:54:00:b8:9c:5g", "5254.00b8.9c58", "52:54:00:b8:9c:58:01", "", " 52:54:00:b8:9c:58", "52:54:00:b8:9c:58\n"};
    private static final String[] BAD_MODES = {"bridged", "BRIDGE", "passthrough", "", "vepa ", "private;", "0", "sources"}; // "source" is a mode since format version 2
    private static final String[] COMMANDS = {"plan", "apply", "teardown", "subscribe"};
    private final Random rnd;
    private final Design base;

    public HostileRequests(long seed, Design base) {
        this.rnd = new Random(seed);
        this.base = base;
    }

    public List<byte[]> generate(int n) {
        List<byte[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(one(i + 100));
        }
        return out;
    }

    private byte[] one(long id) {
        int kind = rnd.nextInt(16);
        return switch (kind) {
            case 0 -> notJson();
            case 1 -> text(request(id).put("command", "reboot" + rnd.nextInt(100)));
            case 2 -> text(request(id).put("surprise", rnd.nextInt()));
            case 3 -> wrongTypeTop(id);
            case 4 -> withEndpoint(id, "name", str(BAD_NAMES));
            case 5 -> withEndpoint(id, "lower", str(BAD_NAMES));
            case 6 -> withEndpoint(id, "mac", str(BAD_MACS));
            case 7 -> withEndpoint(id, "mode", str(BAD_MODES));
            case 8 -> withEndpoint(id, "type", rnd.nextBoolean() ? "tap" : "macvtap0");
            case 9 -> withEndpoint(id, "secret", "x");
            case 10 -> withDevice(id, str(BAD_NAMES));
            case 11 -> wrongTypeInDesign(id);
            case 12 -> versioned(id);
            case 13 -> rnd.nextInt(50) == 0 ? overlong() : duplicateKey(id);
            case 14 -> text(request(id).put("command", "list").put("design", 1));
            default -> controlInHost(id);
        };
    }

    private ObjectNode request(long id) {
        return Wire.object().put("id", id).put("command", COMMANDS[rnd.nextInt(COMMANDS.length)]);
    }

    private ObjectNode designRequest(long id) {
        ObjectNode r = request(id);
        r.set("design", DesignJson.write(base));
        return r.put("host", "kvm1");
    }

    private byte[] withEndpoint(long id, String key, String value) {
        ObjectNode r = designRequest(id);
        ArrayNode eps = (ArrayNode) r.path("design").path("hosts").get(0).path("endpoints");
        ((ObjectNode) eps.get(rnd.nextInt(eps.size()))).put(key, value);
        return text(r);
    }

    private byte[] withDevice(long id, String name) {
        ObjectNode r = designRequest(id);
        ((ObjectNode) r.path("design").path("hosts").get(0).path("devices").get(0)).put("name", name);
        return text(r);
    }

    private byte[] wrongTypeTop(long id) {
        ObjectNode r = designRequest(id);
        switch (rnd.nextInt(5)) {
            case 0 -> r.put("id", "seven");
            case 1 -> r.put("id", 1.5);
            case 2 -> r.put("host", 42);
            case 3 -> r.put("design", "version: 1");
            default -> r.put("command", true);
        }
        return text(r);
    }

    private byte[] wrongTypeInDesign(long id) {
        ObjectNode r = designRequest(id);
        ObjectNode ep = (ObjectNode) r.path("design").path("hosts").get(0).path("endpoints").get(0);
        switch (rnd.nextInt(5)) {
            case 0 -> ep.put("up", "yes");
            case 1 -> ep.put("mac", 5254);
            case 2 -> ep.putArray("name").add("mvt0");
            case 3 -> ((ObjectNode) r.path("design")).put("hosts", "kvm1");
            default -> ep.putObject("mode").put("is", "bridge");
        }
        return text(r);
    }

    private byte[] versioned(long id) {
        ObjectNode r = designRequest(id);
        ((ObjectNode) r.path("design")).put("version", rnd.nextBoolean() ? 2 : 0);
        return text(r);
    }

    private byte[] controlInHost(long id) {
        return text(designRequest(id).put("host", "kvm1\u0007" + rnd.nextInt(9)));
    }

    private byte[] duplicateKey(long id) {
        return ("{\"id\":" + id + ",\"command\":\"list\",\"command\":\"list\"}").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] notJson() {
        String[] junk = {"", "{", "}", "[]", "null", "42", "\"hello\"", "{\"id\":1,}", "{'id':1}", "{\"id\":1} {\"id\":2}",
                "\u00ff\u00fe", "{\"id\":NaN,\"command\":\"list\"}", "[".repeat(5000)};
        if (rnd.nextInt(4) == 0) {
            byte[] b = new byte[1 + rnd.nextInt(200)];
            rnd.nextBytes(b);
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n') {
                    b[i] = ' ';
                }
            }
            return b;
        }
        return junk[rnd.nextInt(junk.length)].getBytes(StandardCharsets.UTF_8);
    }

    private byte[] overlong() {
        byte[] b = new byte[(1 << 20) + 1 + rnd.nextInt(1000)];
        java.util.Arrays.fill(b, (byte) ' ');
        b[0] = '{';
        return b;
    }

    private String str(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private static byte[] text(ObjectNode n) {
        try {
            return Wire.JSON.writeValueAsBytes(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
