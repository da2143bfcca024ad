package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.ServiceSettings;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.List;
import java.util.Map;

/**
 * Finds the Service of a workload (the first whose selector the pod's labels satisfy) and says it
 * as the tier's {@code service}: its port, port name and {@code appProtocol} where they differ from
 * scalegen's defaults. A tier with a port and no Service gets {@code service: {enabled: false}}.
 * What a generated ClusterIP Service cannot be (another type, more ports, a second Service) is
 * {@code SG408}, located in the Service's manifest; so is a Service that selects no workload read
 * ({@link #unmatched}).
 */
final class ServiceMatcher {

  private ServiceMatcher() {}

  /** The tier's {@code service}; each Service that selects the workload's pods is added to {@code matched}. */
  static ServiceSettings match(WorkloadReader.Workload w, List<ManifestDocument> services, java.util.Set<ManifestDocument> matched) {
    ServiceSettings settings = null;
    for (ManifestDocument document : services) {
      Findings findings = new Findings(document);
      Service s = findings.bind(Service.class);
      Map<String, String> selector = s == null || s.getSpec() == null ? null : s.getSpec().getSelector();
      if (selector == null || selector.isEmpty() || !w.podLabels().entrySet().containsAll(selector.entrySet())) {
        continue;
      }
      matched.add(document);
      if (settings != null || w.tier().port() == null) {
        findings.notCarried("", "Service `" + document.name() + "` of " + w.document().describe(),
            "a tier has one ClusterIP Service on its `port`; keep this one in the manifests by hand");
      } else {
        settings = settings(findings, s, w.tier().port());
      }
      w.findings().addAll(findings);
    }
    if (settings == null && w.tier().port() != null && !w.tier().stateful()) {
      return new ServiceSettings(false, null, null, null);
    }
    return settings == null ? ServiceSettings.DEFAULTS : settings;
  }

  private static ServiceSettings settings(Findings findings, Service s, int containerPort) {
    String type = s.getSpec().getType();
    if (type != null && !type.equals("ClusterIP")) {
      findings.notCarried("/spec/type", "`spec.type: " + type + "` of Service `" + s.getMetadata().getName() + "`",
          "scalegen makes a ClusterIP Service; expose it with an Ingress or a Service of your own");
    }
    List<ServicePort> ports = s.getSpec().getPorts();
    if (ports == null || ports.isEmpty()) {
      return ServiceSettings.DEFAULTS;
    }
    for (int i = 1; i < ports.size(); i++) {
      findings.notCarried("/spec/ports/" + i, "port " + ports.get(i).getPort() + " of Service `" + s.getMetadata().getName() + "`",
          "a tier's Service has one port");
    }
    ServicePort p = ports.get(0);
    Integer port = p.getPort() == null || p.getPort() == containerPort ? null : p.getPort();
    String name = p.getName() == null || p.getName().equals(ServiceSettings.DEFAULT_PORT_NAME) ? null : p.getName();
    return new ServiceSettings(null, port, name, p.getAppProtocol());
  }

  /** An {@code SG408} for each Service that selects none of the workloads. */
  static List<dev.scalegen.core.diag.Diagnostic> unmatched(List<ManifestDocument> services, java.util.Set<ManifestDocument> matched) {
    List<dev.scalegen.core.diag.Diagnostic> diagnostics = new java.util.ArrayList<>();
    for (ManifestDocument document : services) {
      if (!matched.contains(document)) {
        Findings findings = new Findings(document);
        findings.notCarried("/kind", document.describe() + ", which selects none of the workloads read,",
            "a tier's Service is made for its workload; keep this one in the manifests");
        diagnostics.addAll(findings.diagnostics());
      }
    }
    return diagnostics;
  }
}
