package org.mvtd.app.ui.live;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mvtd.app.ui.live.verify.VerifyReport;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.backend.lab.LabResult;
import org.mvtd.model.Design;

/** Verifying the design in a lab of private network namespaces (root), and the report the canvas marks. */
public final class LabVerify {
    private final DocumentViewModel doc;
    private final LiveServices services;
    private final LiveStatus status;
    private final AsyncTask tasks;
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");
    private final ReadOnlyObjectWrapper<VerifyReport> report = new ReadOnlyObjectWrapper<>(this, "verifyReport");

    LabVerify(DocumentViewModel doc, LiveServices services, LiveStatus status, AsyncTask tasks) {
        this.doc = Objects.requireNonNull(doc, "doc");
        this.services = Objects.requireNonNull(services, "services");
        this.status = Objects.requireNonNull(status, "status");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    public ReadOnlyBooleanProperty verifyingProperty() { return verifying.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<VerifyReport> reportProperty() { return report.getReadOnlyProperty(); }

    /** Runs the lab for the current design in namespaces of its own (root needed; says so otherwise). */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        List<String> missing = services.verifier().missingPrivileges();
        if (!missing.isEmpty()) {
            status.banner(Banner.warning("Verify needs root: the lab builds the design in network namespaces of its own.",
                    "Run the designer as root (sudo -E macvtap-designer), or the lab from a root shell: macvtap-designer lab FILE. "
                            + "The host's own links are never touched.", String.join("\n", missing)));
            return;
        }
        Design d = doc.design();
        verifying.set(true);
        status.activity("Verifying in a lab\u2026");
        long t0 = services.clock().getAsLong();
        tasks.run(services.lab(), () -> {
            LabResult r = services.verifier().verify(d);
            return new VerifyReport(d.name(), r, (services.clock().getAsLong() - t0) / 1_000_000);
        }, v -> {
            verifying.set(false);
            report.set(v);
            status.activity(v.summary());
        }, e -> {
            verifying.set(false);
            status.banner(Banner.warning("The lab could not verify this design.", "Nothing on the host was changed.",
                    String.valueOf(e.getMessage())));
        });
    }

    /** Hides the lab overlay. */
    public void clear() {
        report.set(null);
    }
}
