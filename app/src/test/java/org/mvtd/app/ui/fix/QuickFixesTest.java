package org.mvtd.app.ui.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.problems.ProblemsViewModel;
import org.mvtd.app.ui.problems.UnreachablePairs;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.ReachMark;
import org.mvtd.app.ui.viewmodel.ReachViewModel;
import org.mvtd.app.ui.viewmodel.SelectionModel;
import org.mvtd.model.Design;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.Position;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.fix.Fix;

/** Quick fixes without a window: diagnosis of elements, preview, apply as one step, placement, the hosts listed. */
class QuickFixesTest {
    private static final ElementRef HOST = ElementRef.host("kvmhost");
    private static final ElementRef SERVER = ElementRef.guest("uperf-server");

    @TempDir
    Path dir;
    private DocumentViewModel doc;
    private SelectionModel selection;
    private ReachViewModel reach;
    private QuickFixes fixes;

    @BeforeEach
    void open() throws Exception {
        doc = new DocumentViewModel(new RecoveryStore(dir));
        doc.openExample();
        selection = new SelectionModel();
        reach = new ReachViewModel(doc, selection);
        fixes = new QuickFixes(doc, selection, reach);
    }

    private Fix named(Offer o, String prefix) {
        return o.diagnosis().fixes().stream().filter(f -> f.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aHostAndAGuestAreDiagnosedAsTheirStackAndEndpoint() {
        Offer o = fixes.diagnose(HOST, SERVER).orElseThrow();
        assertThat(o.diagnosis().pair().from()).isEqualTo("kvmhost/eth0");
        assertThat(o.diagnosis().pair().to()).isEqualTo("kvmhost/macvtap1");
        assertThat(o.diagnosis().fixes()).extracting(Fix::name).startsWith("hairpin on lan");
        assertThat(fixes.diagnose(ElementRef.sw("lan"), SERVER)).as("a switch stands for no node").isEmpty();
    }

    @Test
    void theShimLandsBesideTheOtherEndpointsAndTheHostThenStandsForIt() {
        Offer o = fixes.diagnose(HOST, SERVER).orElseThrow();
        Fix shim = named(o, "host shim");
        Design placed = QuickFixes.placed(o.base(), shim.result());
        Position at = placed.host("kvmhost").orElseThrow().endpoint("shim0").orElseThrow().at();
        assertThat(at).as("one column right of macvtap1 (500, 370)").isEqualTo(new Position(700, 370));
        assertThat(fixes.apply(o, shim)).isTrue();
        assertThat(ReachViewModel.nodeFor(doc.design(), HOST)).isEqualTo("kvmhost/shim0");
        assertThat(reach.colouring().markOf(SERVER)).isEqualTo(ReachMark.PING);
        doc.undo();
        assertThat(doc.design()).isEqualTo(o.base());
    }

    @Test
    void aPreviewColoursTheFixedDesignAndAStaleOfferIsNotApplied() {
        selection.select(HOST);
        Offer o = fixes.diagnose(HOST, SERVER).orElseThrow();
        Fix hairpin = named(o, "hairpin");
        fixes.preview(o, hairpin);
        assertThat(fixes.previewProperty().get().colouring().markOf(SERVER)).isEqualTo(ReachMark.PING);
        assertThat(fixes.previewProperty().get().changed()).contains(SERVER, ElementRef.guest("uperf-client"));
        assertThat(reach.colouring().markOf(SERVER)).as("the design's own marks are untouched").isEqualTo(ReachMark.NONE);
        fixes.endPreview(fixes.diagnose(HOST, SERVER).orElseThrow());
        assertThat(fixes.previewProperty().get()).as("another offer's end leaves this preview").isNotNull();
        doc.change("rename", doc.design().withName("other"));
        assertThat(fixes.previewProperty().get()).as("an edit ends the preview").isNull();
        assertThat(fixes.apply(o, hairpin)).as("computed for the design before the edit").isFalse();
        assertThat(doc.design().switchNamed("lan").orElseThrow().hairpin()).isFalse();
    }

    @Test
    void everyHostThatCannotReachItsGuestsIsListedAndLaterOnesAreNotDiagnosed() {
        ProblemsViewModel problems = new ProblemsViewModel(doc, selection);
        problems.watchReach(fixes);
        UnreachablePairs pairs = problems.unreachable();
        assertThat(pairs.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("kvmhost cannot ping its guests uperf-client and uperf-server");
            assertThat(e.offer()).isNotNull();
        });
        Design one = doc.design();
        Host kvm = one.host("kvmhost").orElseThrow();
        // No MACs: copies of one host must not clash on the segment they share.
        Host h = kvm.withEndpoints(kvm.endpoints().stream().map(e -> e.withMac(null)).toList());
        List<Host> hosts = new ArrayList<>();
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            hosts.add(h.withName("kvm" + i));
            for (Guest g : one.guests()) {
                guests.add(g.withName(g.name() + "-" + i).withHost("kvm" + i));
            }
        }
        doc.change("many", one.withHosts(hosts).withGuests(guests));
        assertThat(pairs.entries()).hasSize(12);
        assertThat(pairs.entries().stream().filter(e -> e.offer() != null)).hasSize(3);
        assertThat(problems.summaryProperty().get()).isEqualTo("12 hosts cannot reach their guests");
        doc.change("hairpin", doc.design().withSwitch("lan", s -> s.withHairpin(true)));
        assertThat(pairs.entries()).isEmpty();
        assertThat(problems.summaryProperty().get()).isEqualTo("No problems");
    }
}
