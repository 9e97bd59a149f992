package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.client.InProcessTransport;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.link.LinkInfo;
import org.mvtd.backend.protocol.DesignJson;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Wire;

class HelperSessionTest {
    private static final String HELLO = "{\"id\":0,\"command\":\"hello\",\"version\":1}";
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");

    @Test
    void helloMustComeFirstAndOnlyOnce() throws Exception {
        try (RawSession s = new RawSession(InProcessHelpers.transport(kernel))) {
            JsonNode r = s.call("{\"id\":1,\"command\":\"list\"}");
            assertThat(r.path("code").asText()).isEqualTo(ErrorCode.PROTOCOL_ERROR.wireName());
            assertThat(r.path("field").asText()).isEqualTo("command");
            assertThat(r.path("id").asLong()).isEqualTo(1);
            assertThat(s.call(HELLO).path("type").asText()).isEqualTo("reply");
            assertThat(s.call(HELLO).path("message").asText()).contains("already");
            assertThat(s.call("{\"id\":2,\"command\":\"list\"}").path("result").path("links")).hasSize(2);
        }
    }

    @Test
    void unknownVersionIsAnsweredThenTheHelperEnds() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = "{\"id\":0,\"command\":\"hello\",\"version\":2}\n{\"id\":1,\"command\":\"list\"}\n".getBytes(StandardCharsets.UTF_8);
        int exit = new HelperSession(InProcessHelpers.config(kernel, OptionalInt.empty()), new ByteArrayInputStream(in), out, List.of()).run();
        assertThat(exit).isEqualTo(HelperSession.EXIT_VERSION);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1);
        JsonNode r = Wire.JSON.readTree(lines[0]);
        assertThat(r.path("field").asText()).isEqualTo("version");
        assertThat(r.path("message").asText()).contains("version 2 is not supported");
    }

    @Test
    void helloMayNotClaimAnotherUserThanTheOneWhoStartedTheHelper() throws Exception {
        InProcessTransport t = new InProcessTransport(InProcessHelpers.config(kernel, OptionalInt.of(1000)));
        try (RawSession s = new RawSession(t)) {
            JsonNode r = s.call("{\"id\":0,\"command\":\"hello\",\"version\":1,\"uid\":0}");
            assertThat(r.path("field").asText()).isEqualTo("uid");
            assertThat(s.call(HELLO).path("result").path("uid").asInt()).isEqualTo(1000);
        }
        try (RawSession s = new RawSession(InProcessHelpers.transport(kernel))) {
            assertThat(s.call("{\"id\":0,\"command\":\"hello\",\"version\":1,\"uid\":4242}").path("message").asText())
                    .contains("no account");
        }
    }

    @Test
    void tenThousandHostileRequestsEachGetAProtocolErrorAndChangeNothing() throws Exception {
        List<LinkInfo> before = kernel.links();
        List<byte[]> hostile = new HostileRequests(20261121L, Designs.small("lab")).generate(10_000);
        try (RawSession s = new RawSession(InProcessHelpers.transport(kernel))) {
            s.call(HELLO);
            int i = 0;
            for (byte[] req : hostile) {
                s.send(req);
                JsonNode r = s.next();
                String shown = new String(req, 0, Math.min(req.length, 300), StandardCharsets.UTF_8);
                assertThat(r).as("reply to #%d %s", i, shown).isNotNull();
                assertThat(r.path("type").asText()).as("#%d %s", i, shown).isEqualTo("error");
                assertThat(r.path("code").asText()).as("#%d %s -> %s", i, shown, r).isEqualTo(ErrorCode.PROTOCOL_ERROR.wireName());
                assertThat(r.path("field").asText()).as("#%d %s names a field", i, shown).isNotEmpty();
                i++;
            }
            assertThat(s.call("{\"id\":1,\"command\":\"list\"}").path("type").asText()).isEqualTo("reply");
        }
        assertThat(kernel.changes()).isZero();
        assertThat(kernel.links()).isEqualTo(before);
    }

    @Test
    void aValidRequestStillWorksRightAfterAnOverlongLine() throws Exception {
        try (RawSession s = new RawSession(InProcessHelpers.transport(kernel))) {
            s.call(HELLO);
            byte[] big = new byte[(1 << 20) + 10];
            java.util.Arrays.fill(big, (byte) 'a');
            s.send(big);
            JsonNode r = s.next();
            assertThat(r.path("field").asText()).isEqualTo("(line)");
            assertThat(r.path("message").asText()).contains("longer than the limit");
            String plan = "{\"id\":3,\"command\":\"plan\",\"host\":\"kvm1\",\"design\":"
                    + Wire.JSON.writeValueAsString(DesignJson.write(Designs.small("lab"))) + "}";
            assertThat(s.call(plan).path("result").path("steps")).hasSize(4);
        }
    }

    @Test
    void theHelperRevalidatesTheDesignItself() throws Exception {
        // two passthru endpoints on one device: well-formed JSON, but the model's validator forbids it
        org.mvtd.model.Design bad = Designs.of("lab", List.of(
                org.mvtd.model.Endpoint.macvtap("pt0", "eth0", org.mvtd.model.MacvlanMode.PASSTHRU),
                org.mvtd.model.Endpoint.macvtap("pt1", "eth0", org.mvtd.model.MacvlanMode.PASSTHRU)), List.of());
        try (RawSession s = new RawSession(InProcessHelpers.transport(kernel))) {
            s.call(HELLO);
            JsonNode r = s.call("{\"id\":3,\"command\":\"apply\",\"host\":\"kvm1\",\"design\":"
                    + Wire.JSON.writeValueAsString(DesignJson.write(bad)) + "}");
            assertThat(r.path("code").asText()).isEqualTo(ErrorCode.INVALID_DESIGN.wireName());
            assertThat(r.path("field").asText()).startsWith("design.hosts[kvm1]");
            assertThat(r.path("message").asText()).containsIgnoringCase("passthru");
        }
        assertThat(kernel.changes()).isZero();
    }

    @Test
    void unknownHostAndMissingLowerAreNamed() throws Exception {
        try (RawSession s = new RawSession(InProcessHelpers.transport(FakeKernel.withDevices("eth1")))) {
            s.call(HELLO);
            String design = Wire.JSON.writeValueAsString(DesignJson.write(Designs.small("lab")));
            JsonNode r = s.call("{\"id\":3,\"command\":\"plan\",\"host\":\"kvm9\",\"design\":" + design + "}");
            assertThat(r.path("code").asText()).isEqualTo(ErrorCode.UNKNOWN_HOST.wireName());
            r = s.call("{\"id\":4,\"command\":\"apply\",\"host\":\"kvm1\",\"design\":" + design + "}");
            assertThat(r.path("code").asText()).isEqualTo(ErrorCode.MISSING_LOWER.wireName());
            assertThat(r.path("names").get(0).asText()).isEqualTo("eth0");
        }
    }
}
