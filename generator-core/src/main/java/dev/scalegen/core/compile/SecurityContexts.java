package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;

/**
 * The restrictive security context every tier gets unless its spec overrides a field (the
 * Kubernetes "restricted" Pod Security Standard):
 *
 * <ul>
 *   <li>pod: {@code runAsNonRoot: true}, {@code seccompProfile: RuntimeDefault}; {@code runAsUser},
 *       {@code runAsGroup}, {@code fsGroup} only when the spec sets them;
 *   <li>container: {@code allowPrivilegeEscalation: false}, {@code readOnlyRootFilesystem: true},
 *       {@code capabilities.drop: [ALL]}.
 * </ul>
 */
final class SecurityContexts {
  private SecurityContexts() {}

  static PodSecurityContext pod(Tier.SecurityContext override) {
    Tier.SecurityContext o = orEmpty(override);
    return new PodSecurityContextBuilder()
        .withRunAsNonRoot(o.runAsNonRoot() == null ? Boolean.TRUE : o.runAsNonRoot())
        .withRunAsUser(o.runAsUser())
        .withRunAsGroup(o.runAsGroup())
        .withFsGroup(o.fsGroup())
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .build();
  }

  static SecurityContext container(Tier.SecurityContext override) {
    Tier.SecurityContext o = orEmpty(override);
    return new SecurityContextBuilder()
        .withAllowPrivilegeEscalation(
            o.allowPrivilegeEscalation() == null ? Boolean.FALSE : o.allowPrivilegeEscalation())
        .withReadOnlyRootFilesystem(
            o.readOnlyRootFilesystem() == null ? Boolean.TRUE : o.readOnlyRootFilesystem())
        .withNewCapabilities()
        .withDrop("ALL")
        .endCapabilities()
        .build();
  }

  private static Tier.SecurityContext orEmpty(Tier.SecurityContext override) {
    return override != null ? override : new Tier.SecurityContext(null, null, null, null, null, null);
  }
}
