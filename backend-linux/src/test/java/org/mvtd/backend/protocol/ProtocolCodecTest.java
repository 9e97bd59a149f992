package org.mvtd.backend.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.link.DesignId;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.LinkStats;
import org.mvtd.backend.link.Plan;
import org.mvtd.backend.link.Step;
import org.mvtd.backend.link.StepKind;
import org.mvtd.backend.monitor.LinkState;
import org.mvtd.model.Design;
import org.mvtd.model.Endpoint;
import org.mvtd.model.MacvlanMode;

/** Helper and client speak through one codec: whatever one side writes, the other reads back as the same record. */
class ProtocolCodecTest {
    private static final Design SMALL = Designs.small("lab");

    private static byte[] line(ObjectNode o) throws Exception {
        return Wire.JSON.writeValueAsBytes(o);
    }

    private static Request roundTrip(Request r) throws Exception {
        return RequestCodec.read(line(RequestCodec.write(r)));
    }

    @Test
    void everyRequestReadsBackAsTheRecordTheClientWrote() throws Exception {
        List<Request> all = List.of(
                new Request.Hello(1, Protocol.VERSION, "macvtap-designer", Optional.of(1000)),
                new Request.Hello(2, Protocol.VERSION, null, Optional.empty()),
                new Request.PlanLinks(3, SMALL, "kvm1"),
                new Request.Apply(4, SMALL, "kvm1", Optional.of("0123abcd")),
                new Request.Apply(5, SMALL, "kvm1", Optional.empty()),
                new Request.Teardown(6, SMALL, "kvm1"),
                new Request.ListLinks(7),
                new Request.Subscribe(8, SMALL, "kvm1"),
                new Request.Unsubscribe(9, 3),
                new Request.Bye(10));
        for (Request r : all) {
            assertThat(roundTrip(r)).as(r.command()).isEqualTo(r);
        }
    }

    @Test
    void eachCommandIsCheckedInTheCodecWithTheRequestsId() throws Exception {
        ObjectNode unknownKey = RequestCodec.write(new Request.ListLinks(41)).put("design", 1);
        assertThatThrownBy(() -> RequestCodec.read(line(unknownKey))).isInstanceOfSatisfying(RefusedRequest.class, e -> {
            assertThat(e.error().id()).contains(41L);
            assertThat(e.error().code()).isEqualTo(ErrorCode.PROTOCOL_ERROR);
            assertThat(e.error().field()).isEqualTo("design");
        });
        ObjectNode badExpect = RequestCodec.write(new Request.Apply(42, SMALL, "kvm1", Optional.of("zz")));
        assertThatThrownBy(() -> RequestCodec.read(line(badExpect))).isInstanceOfSatisfying(RefusedRequest.class,
                e -> assertThat(e.error().field()).isEqualTo("expect"));
        Design twoSame = SMALL.withHost("kvm1", h -> h.withEndpoint("mvt1", ep -> ep.withMac("52:54:00:00:00:01")));
        ObjectNode invalid = RequestCodec.write(new Request.PlanLinks(43, twoSame, "kvm1"));
        assertThatThrownBy(() -> RequestCodec.read(line(invalid))).isInstanceOfSatisfying(RefusedRequest.class,
                e -> assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_DESIGN));
        // teardown must work for a design that no longer validates, but still names a real host
        assertThat(roundTrip(new Request.Teardown(44, twoSame, "kvm1"))).isInstanceOf(Request.Teardown.class);
        ObjectNode noHost = RequestCodec.write(new Request.Teardown(45, SMALL, "kvm9"));
        assertThatThrownBy(() -> RequestCodec.read(line(noHost))).isInstanceOfSatisfying(RefusedRequest.class,
                e -> assertThat(e.error().code()).isEqualTo(ErrorCode.UNKNOWN_HOST));
        assertThatThrownBy(() -> RequestCodec.read("{\"id\":7,".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RefusedRequest.class, e -> {
                    assertThat(e.error().id()).isEmpty();
                    assertThat(e.error().field()).isEqualTo("(line)");
                });
    }

    private static Plan plan() {
        Endpoint target = Endpoint.macvtap("mvt0", "eth0", MacvlanMode.BRIDGE).withMac("52:54:00:00:00:01");
        return new Plan(DesignId.of("lab"), "kvm1", 0x10000001L, 1000, List.of(
                new Step(StepKind.CREATE, "mvt0", target, "macvtap bridge on eth0"),
                new Step(StepKind.DELETE, "old0", null, "not in the design")));
    }

    private static Reply readReply(Request asked, Reply sent) throws Exception {
        ReplyCodec.Incoming in = ReplyCodec.read(line(ReplyCodec.write(asked.id(), sent)), id -> id == asked.id() ? asked : null);
        assertThat(in).isInstanceOf(ReplyCodec.Answer.class);
        return ((ReplyCodec.Answer) in).reply();
    }

    @Test
    void everyReplyReadsBackAsTheRecordTheHelperWrote() throws Exception {
        Plan p = plan();
        Wire.ListedLink link = new Wire.ListedLink(7, "mvt0", "macvtap", "bridge", "eth0", "52:54:00:00:00:01", "up",
                true, true, 1500, 0x10000001L, "macvtap-designer:lab-x:mvt0:1000", true);
        Map<Request, Reply> pairs = Map.of(
                new Request.Hello(1, 1, "c", Optional.empty()), new Reply.HelloReply(1, "macvtap-designer-helper", 1000, List.of("lab: mvt0")),
                new Request.PlanLinks(2, SMALL, "kvm1"), new Reply.PlanReply(p, p.digest()),
                new Request.Apply(3, SMALL, "kvm1", Optional.empty()), new Reply.ApplyReply(p, Map.of("mvt0", "/dev/x/mvt0")),
                new Request.Teardown(4, SMALL, "kvm1"), new Reply.TeardownReply("lab-x", List.of("mvt0", "mvt1"), List.of(7L)),
                new Request.ListLinks(5), new Reply.ListReply(List.of(link)),
                new Request.Subscribe(6, SMALL, "kvm1"), new Reply.SubscribeReply(2, List.of("eth0", "mvt0")),
                new Request.Unsubscribe(7, 2), new Reply.UnsubscribeReply(2),
                new Request.Bye(8), new Reply.ByeReply());
        for (Map.Entry<Request, Reply> e : pairs.entrySet()) {
            assertThat(readReply(e.getKey(), e.getValue())).as(e.getKey().command()).isEqualTo(e.getValue());
        }
    }

    @Test
    void errorsKeepTheirCodeFieldAndDetails() throws Exception {
        Plan p = plan();
        List<ErrorReply> all = List.of(
                ErrorReply.of(null, ErrorCode.PROTOCOL_ERROR, "(line)", "not one JSON object"),
                ErrorReply.of(3L, ErrorCode.NOT_OURS, "design", "mvt0 is not ours").withNames(List.of("mvt0")),
                ErrorReply.of(4L, ErrorCode.PLAN_CHANGED, "expect", "plan again").withPlan(p),
                ErrorReply.of(5L, ErrorCode.APPLY_FAILED, "", "failed").withFailure(p.steps().get(0), "EBUSY", List.of("x")),
                ErrorReply.of(6L, ErrorCode.KERNEL_ERROR, "", "teardown incomplete").withDeleted(List.of("mvt1")));
        for (ErrorReply e : all) {
            ReplyCodec.Incoming in = ReplyCodec.read(line(ReplyCodec.write(e)), id -> null);
            assertThat(in).isEqualTo(new ReplyCodec.Failure(e));
        }
        ObjectNode newer = ReplyCodec.write(ErrorReply.of(9L, ErrorCode.KERNEL_ERROR, "", "m")).put("code", "from-the-future");
        assertThat(((ReplyCodec.Failure) ReplyCodec.read(line(newer), id -> null)).error().code())
                .isEqualTo(ErrorCode.INTERNAL_ERROR);
    }

    @Test
    void eventsReadBackWithTheirSequenceAndSubscription() throws Exception {
        LinkState s = new LinkState("mvt0", true, "up", true, true, 1500, "52:54:00:00:00:01",
                new LinkStats(1, 2, 3, 4, 5, 6, 7, 8), true);
        List<Event> all = List.of(new Event.State(1, 2, true, s), new Event.State(2, 2, false, LinkState.absent("mvt1")),
                new Event.Synced(3, 2), new Event.Failed(4, 2, "cannot read link state"));
        for (Event e : all) {
            assertThat(ReplyCodec.read(line(ReplyCodec.write(e)), id -> null)).isEqualTo(new ReplyCodec.Notice(e));
        }
    }
}
