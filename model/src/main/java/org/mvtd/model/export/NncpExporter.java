package org.mvtd.model.export;

import static org.mvtd.model.export.NmstateState.map;

import java.util.List;
import org.mvtd.model.Host;

/**
 * Per host a Kubernetes NMState {@code NodeNetworkConfigurationPolicy} ({@code HOST.nncp.yaml}) carrying the
 * host's nmstate desired state, bound to that node by {@code nodeSelector kubernetes.io/hostname: HOST}.
 */
public final class NncpExporter extends PerHostExporter {
    @Override
    void exportHost(ExportScope scope, Host h, List<ExportedFile> files) {
        NmstateState.State s = NmstateState.of(scope.design(), h);
        Object policy = map("apiVersion", "nmstate.io/v1", "kind", "NodeNetworkConfigurationPolicy",
                "metadata", map("name", K8sNames.name("macvtap-designer-" + h.name())),
                "spec", map("nodeSelector", map("kubernetes.io/hostname", h.name()), "desiredState", s.tree()));
        files.add(ExportedFile.text(scope.fileName(h, h.name(), ".nncp.yaml"),
                NmstateExporter.header(scope, h, "NMState policy", "kubectl apply -f FILE", s.notes()) + YamlTree.yaml(policy)));
    }
}
