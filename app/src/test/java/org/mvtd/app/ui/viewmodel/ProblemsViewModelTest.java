package org.mvtd.app.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.problems.ProblemsViewModel;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.validate.Problem;
import org.mvtd.model.edit.ElementRef;

class ProblemsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void problemsFollowEditsAndRevealingOneSelectsItsElement() throws Exception {
        DocumentViewModel doc = new DocumentViewModel(new RecoveryStore(dir));
        doc.openExample();
        SelectionModel sel = new SelectionModel();
        ProblemsViewModel vm = new ProblemsViewModel(doc, sel);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("No problems");
        // Same MAC twice on one segment: an error the validator names.
        doc.change("mac", doc.design().withHost("kvmhost", h -> h.withEndpoint("macvtap1", e -> e.withMac("52:54:00:0a:8a:c1"))));
        assertThat(vm.errorsProperty().get()).isPositive();
        Problem p = vm.problems().get(0);
        assertThat(vm.reveal(p)).isPresent();
        assertThat(sel.single()).isEqualTo(ElementRef.fromPath(p.path()));
        assertThat(vm.about(sel.single().orElseThrow())).contains(p);
        doc.undo();
        assertThat(vm.problems()).isEmpty();
        doc.change("pt", doc.design().withHost("kvmhost", h -> h.withEndpoint("macvtap1", e -> e.withMode(MacvlanMode.PASSTHRU))));
        assertThat(vm.problems()).anySatisfy(x -> assertThat(x.path()).startsWith("hosts[kvmhost]"));
    }
}
