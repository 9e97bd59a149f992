package org.mvtd.app.ui.live.verify;

import java.util.List;
import org.mvtd.backend.lab.Conformance;
import org.mvtd.backend.lab.LabException;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.backend.sys.Privileges;
import org.mvtd.model.Design;

/** The real lab of the backend, in this process: it needs root (namespaces, AF_PACKET, mknod). */
public final class LabVerifier implements Verifier {
    @Override
    public List<String> missingPrivileges() {
        return Privileges.missingForLab();
    }

    @Override
    public LabResult verify(Design design) throws LabException {
        return Conformance.check(design).result();
    }
}
