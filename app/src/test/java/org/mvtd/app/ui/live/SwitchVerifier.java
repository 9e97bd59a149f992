package org.mvtd.app.ui.live;

import java.util.List;
import java.util.Objects;
import org.mvtd.app.ui.live.verify.Verifier;
import org.mvtd.backend.lab.LabException;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.model.Design;

/** A lab whose behaviour a test swaps before verifying. */
final class SwitchVerifier implements Verifier {
    private volatile Verifier target;

    SwitchVerifier(Verifier target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    void use(Verifier v) {
        target = Objects.requireNonNull(v, "verifier");
    }

    @Override
    public List<String> missingPrivileges() {
        return target.missingPrivileges();
    }

    @Override
    public LabResult verify(Design design) throws LabException {
        return target.verify(design);
    }
}
