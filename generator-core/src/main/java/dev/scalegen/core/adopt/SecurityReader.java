package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;

/**
 * The pod's and main container's security contexts as the tier's {@code securityContext}
 * overrides. scalegen's defaults are stricter than Kubernetes' (non-root, read-only root file
 * system); a manifest that does not ask for them ran without them, so the imported tier says so
 * ({@code readOnlyRootFilesystem: false}, {@code runAsNonRoot: false}) rather than break a pod that
 * writes to its image or runs as root. Tightening is a reviewed change after the import.
 */
final class SecurityReader {

  private SecurityReader() {}

  static Tier.SecurityContext read(Findings findings, PodSecurityContext pod, Container c, String at) {
    SecurityContext sc = c.getSecurityContext();
    Long user = first(sc == null ? null : sc.getRunAsUser(), pod == null ? null : pod.getRunAsUser());
    Long group = first(sc == null ? null : sc.getRunAsGroup(), pod == null ? null : pod.getRunAsGroup());
    Long fsGroup = pod == null ? null : pod.getFsGroup();
    Boolean nonRoot = first(sc == null ? null : sc.getRunAsNonRoot(), pod == null ? null : pod.getRunAsNonRoot());
    if (nonRoot == null && (user == null || user == 0)) {
      nonRoot = false;
    }
    Boolean readOnly = sc == null || sc.getReadOnlyRootFilesystem() == null ? Boolean.FALSE : sc.getReadOnlyRootFilesystem();
    Boolean escalation = sc == null ? null : sc.getAllowPrivilegeEscalation();
    if (sc != null && (Boolean.TRUE.equals(sc.getPrivileged())
        || sc.getCapabilities() != null && sc.getCapabilities().getAdd() != null && !sc.getCapabilities().getAdd().isEmpty())) {
      findings.notCarried(at + "/securityContext", "`securityContext` privileges (`privileged` or added capabilities)",
          "scalegen drops every capability; keep a privileged container in the manifests by hand");
    }
    return new Tier.SecurityContext(user, group, fsGroup, Boolean.TRUE.equals(nonRoot) ? null : nonRoot,
        Boolean.TRUE.equals(readOnly) ? null : readOnly, Boolean.FALSE.equals(escalation) ? null : escalation);
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }
}
