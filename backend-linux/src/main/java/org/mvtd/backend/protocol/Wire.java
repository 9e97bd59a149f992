package org.mvtd.backend.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.link.LinkStats;
import org.mvtd.backend.link.Plan;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.link.StepKind;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.model.Endpoint;
import org.mvtd.model.LinkType;
import org.mvtd.model.MacvlanMode;

/** JSON encodings of the values that cross the protocol, used by the helper (write) and the client (read). */
public final class Wire {
    /** Strict: duplicate keys and trailing tokens are errors. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Wire() {
    }

    public static ObjectNode object() {
        return F.objectNode();
    }

    public static ObjectNode plan(Plan p) {
        ObjectNode o = object().put("designId", p.designId().value()).put("host", p.host()).put("group", p.group())
                .put("uid", p.uid()).put("digest", p.digest());
        ArrayNode steps = o.putArray("steps");
        for (Step s : p.steps()) {
            steps.add(step(s));
        }
        return o;
    }

    public static ObjectNode step(Step s) {
        ObjectNode o = object().put("kind", s.kind().wireName()).put("name", s.name()).put("reason", s.reason());
        Endpoint t = s.target();
        if (t != null) {
            ObjectNode n = o.putObject("target").put("lower", t.lower()).put("type", t.type().kernelName())
                    .put("mode", t.mode().kernelName()).put("up", t.up());
            if (t.mac() != null) {
                n.put("mac", t.mac());
            }
        }
        return o;
    }

    /** A plan as a client reads it back; its digest is the helper's. */
    public record PlanView(Plan plan, String digest) {
    }

    public static PlanView readPlan(JsonNode o) {
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : o.path("steps")) {
            steps.add(readStep(s));
        }
        Plan p = new Plan(new DesignId(o.path("designId").asText()), o.path("host").asText(), o.path("group").asLong(),
                o.path("uid").asInt(), steps);
        return new PlanView(p, o.path("digest").asText());
    }

    public static Step readStep(JsonNode s) {
        JsonNode t = s.path("target");
        Endpoint target = null;
        if (t.isObject()) {
            target = new Endpoint(s.path("name").asText(), t.path("lower").asText(),
                    LinkType.fromKernelName(t.path("type").asText()), MacvlanMode.fromKernelName(t.path("mode").asText()),
                    t.hasNonNull("mac") ? t.path("mac").asText() : null, t.path("up").asBoolean(), null);
        }
        return new Step(StepKind.fromWireName(s.path("kind").asText()), s.path("name").asText(), target,
                s.path("reason").asText());
    }

    /** A link as {@code list} reports it: a device without kind is a {@code device}, operstate in lower case. */
    public static ListedLink listed(LinkInfo l) {
        return new ListedLink(l.ifindex(), l.name(), l.kind().isEmpty() ? "device" : l.kind(), l.mode(), l.lower(),
                l.mac(), l.operstate().toLowerCase(java.util.Locale.ROOT), l.carrier(), l.adminUp(), l.mtu(), l.group(),
                l.alias(), DesignId.anyOwns(l));
    }

    public static ObjectNode link(ListedLink l) {
        return object().put("ifindex", l.ifindex()).put("name", l.name()).put("type", l.type()).put("mode", l.mode())
                .put("lower", l.lower()).put("mac", l.mac()).put("operstate", l.operstate()).put("carrier", l.carrier())
                .put("adminUp", l.adminUp()).put("mtu", l.mtu()).put("group", l.group()).put("alias", l.alias())
                .put("ours", l.ours());
    }

    /** One row of {@code list} as the client sees it. */
    public record ListedLink(int ifindex, String name, String type, String mode, String lower, String mac,
                             String operstate, boolean carrier, boolean adminUp, int mtu, long group, String alias,
                             boolean ours) {
    }

    public static ListedLink readLink(JsonNode o) {
        return new ListedLink(o.path("ifindex").asInt(), o.path("name").asText(), o.path("type").asText(),
                textOrNull(o, "mode"), textOrNull(o, "lower"), textOrNull(o, "mac"), o.path("operstate").asText(),
                o.path("carrier").asBoolean(), o.path("adminUp").asBoolean(), o.path("mtu").asInt(),
                o.path("group").asLong(), textOrNull(o, "alias"), o.path("ours").asBoolean());
    }

    public static ObjectNode state(LinkState s) {
        ObjectNode o = object().put("name", s.name()).put("present", s.present()).put("operstate", s.operstate())
                .put("carrier", s.carrier()).put("adminUp", s.adminUp()).put("mtu", s.mtu()).put("mac", s.mac())
                .put("ours", s.ours());
        LinkStats t = s.stats();
        o.putObject("rx").put("bytes", t.rxBytes()).put("packets", t.rxPackets()).put("dropped", t.rxDropped())
                .put("errors", t.rxErrors());
        o.putObject("tx").put("bytes", t.txBytes()).put("packets", t.txPackets()).put("dropped", t.txDropped())
                .put("errors", t.txErrors());
        return o;
    }

    public static LinkState readState(JsonNode o) {
        JsonNode rx = o.path("rx");
        JsonNode tx = o.path("tx");
        LinkStats st = new LinkStats(rx.path("bytes").asLong(), rx.path("packets").asLong(), rx.path("dropped").asLong(),
                rx.path("errors").asLong(), tx.path("bytes").asLong(), tx.path("packets").asLong(),
                tx.path("dropped").asLong(), tx.path("errors").asLong());
        return new LinkState(o.path("name").asText(), o.path("present").asBoolean(), o.path("operstate").asText(),
                o.path("carrier").asBoolean(), o.path("adminUp").asBoolean(), o.path("mtu").asInt(),
                textOrNull(o, "mac"), st, o.path("ours").asBoolean());
    }

    public static ObjectNode strings(ObjectNode o, String key, List<String> values) {
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
        return o;
    }

    public static ObjectNode map(ObjectNode o, String key, Map<String, String> values) {
        ObjectNode m = o.putObject(key);
        values.forEach(m::put);
        return o;
    }

    public static List<String> readStrings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String textOrNull(JsonNode o, String key) {
        return o.hasNonNull(key) ? o.path(key).asText() : null;
    }
}
