package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;

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

  private static final Tier.SecurityContext NONE = new Tier.SecurityContext(null, null, null, null, null, null);

  static PodSecurityContext pod(Tier.SecurityContext override) {
    Tier.SecurityContext o = orEmpty(override);
    PodSecurityContext pod = new PodSecurityContext();
    pod.setRunAsNonRoot(o.runAsNonRoot() == null ? Boolean.TRUE : o.runAsNonRoot());
    pod.setRunAsUser(o.runAsUser());
    pod.setRunAsGroup(o.runAsGroup());
    pod.setFsGroup(o.fsGroup());
    SeccompProfile seccomp = new SeccompProfile();
    seccomp.setType("RuntimeDefault");
    pod.setSeccompProfile(seccomp);
    return pod;
  }

  static SecurityContext container(Tier.SecurityContext override) {
    Tier.SecurityContext o = orEmpty(override);
    SecurityContext container = new SecurityContext();
    container.setAllowPrivilegeEscalation(
        o.allowPrivilegeEscalation() == null ? Boolean.FALSE : o.allowPrivilegeEscalation());
    container.setReadOnlyRootFilesystem(
        o.readOnlyRootFilesystem() == null ? Boolean.TRUE : o.readOnlyRootFilesystem());
    Capabilities capabilities = new Capabilities();
    capabilities.setDrop(new ArrayList<>(List.of("ALL")));
    container.setCapabilities(capabilities);
    return container;
  }

  /**
   * Gives a container of a {@code podTemplate} (a sidecar, an init container) the restricted
   * defaults in the fields it leaves unset: {@code allowPrivilegeEscalation: false},
   * {@code readOnlyRootFilesystem: true}, and {@code capabilities.drop: [ALL]} when it drops none
   * (capabilities it adds are kept). What it sets itself stays: it is its own container.
   */
  static void restrict(io.fabric8.kubernetes.api.model.Container c) {
    SecurityContext context = c.getSecurityContext() != null ? c.getSecurityContext() : new SecurityContext();
    if (context.getAllowPrivilegeEscalation() == null) {
      context.setAllowPrivilegeEscalation(Boolean.FALSE);
    }
    if (context.getReadOnlyRootFilesystem() == null) {
      context.setReadOnlyRootFilesystem(Boolean.TRUE);
    }
    Capabilities capabilities = context.getCapabilities() != null ? context.getCapabilities() : new Capabilities();
    if (capabilities.getDrop().isEmpty()) {
      capabilities.setDrop(new ArrayList<>(List.of("ALL")));
    }
    context.setCapabilities(capabilities);
    c.setSecurityContext(context);
  }

  private static Tier.SecurityContext orEmpty(Tier.SecurityContext override) {
    return override != null ? override : NONE;
  }
}
