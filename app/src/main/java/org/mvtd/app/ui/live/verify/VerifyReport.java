package org.mvtd.app.ui.live.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mvtd.backend.lab.Disagreement;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.model.reach.Node;
import org.mvtd.model.reach.Pair;

/**
 * A lab run over the design as it was verified: the comparison, and the marks it puts on the canvas for
 * a selected node (the nodes it reaches or not, observed against predicted).
 */
public record VerifyReport(String designName, LabResult result, long millis) {
    public VerifyReport {
        Objects.requireNonNull(designName, "designName");
        Objects.requireNonNull(result, "result");
    }

    public List<Disagreement> disagreements() {
        return result.disagreements();
    }

    /** "Lab agrees with the engine on all 12 pairs" / "3 disagreements on 12 pairs" */
    public String summary() {
        int pairs = result.predicted().pairs().size();
        int n = result.disagreements().size();
        return n == 0 ? "The kernel agrees with the engine on all " + pairs + " pairs."
                : n + (n == 1 ? " disagreement" : " disagreements") + " between the kernel and the engine on " + pairs + " pairs.";
    }

    /** Node ids the lab probed (reach node ids: {@code host/endpoint}, guest and station names). */
    public List<String> nodes() {
        return result.predicted().nodes().stream().map(Node::id).toList();
    }

    /**
     * The marks from node {@code from}: every other node it has a pair with, AGREE or DISAGREE (a difference
     * either way, to or from it, counts). Empty when {@code from} is not a probed node.
     */
    public Map<String, LabMark> marksFrom(String from) {
        Map<String, LabMark> out = new HashMap<>();
        if (from == null) {
            return out;
        }
        for (Pair p : result.predicted().pairs()) {
            if (p.from().equals(from)) {
                out.put(p.to(), LabMark.AGREE);
            }
        }
        for (Disagreement d : result.disagreements()) {
            if (d.from().equals(from)) {
                out.put(d.to(), LabMark.DISAGREE);
            } else if (d.to().equals(from)) {
                out.put(d.from(), LabMark.DISAGREE);
            }
        }
        return out;
    }
}
