package org.mvtd.app.ui.live.verify;

import java.util.List;
import org.mvtd.backend.lab.LabException;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.model.Design;

/** Runs the conformance lab for a design: built in namespaces of its own, the host's links untouched. */
public interface Verifier {
    /** Why the lab cannot run in this process (each a sentence); empty when it can. */
    List<String> missingPrivileges();

    /** Builds, probes, tears down and compares; slow (seconds): call it off the FX thread. */
    LabResult verify(Design design) throws LabException;
}
