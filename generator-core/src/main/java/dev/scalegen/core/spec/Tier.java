package dev.scalegen.core.spec;

import java.util.List;
import java.util.Map;

/** One workload: {@code tiers.<name>}. */
public record Tier(
    String name,
    String image,
    List<String> command,
    List<String> args,
    Integer port,
    Map<String, String> env,
    Workers workers,
    Resources resources,
    Integer replicas,
    Autoscaling autoscaling,
    Placement placement,
    boolean stateful,
    Map<String, String> labels,
    Map<String, String> annotations,
    SecurityContext securityContext,
    PodSettings pod) {

  public Tier {
    pod = pod == null ? PodSettings.NONE : pod;
    command = Maps.copy(command);
    args = Maps.copy(args);
    env = Maps.copy(env);
    labels = Maps.copy(labels);
    annotations = Maps.copy(annotations);
  }

  /** Whether the tier is scaled by an HPA rather than a fixed replica count. */
  public boolean autoscaled() {
    return autoscaling != null;
  }

  /** Worker processes per pod: the count, passed as a flag ({@code arg}) or an environment variable ({@code env}). */
  public record Workers(Integer count, String arg, String env) {}

  /** {@code placement}: a pool name and {@code required} or {@code preferred} ({@code null} when left out). */
  public record Placement(String pool, String mode) {}

  /** Overrides of the default restrictive security context; {@code null} fields keep the default. */
  public record SecurityContext(
      Long runAsUser,
      Long runAsGroup,
      Long fsGroup,
      Boolean runAsNonRoot,
      Boolean readOnlyRootFilesystem,
      Boolean allowPrivilegeEscalation) {}
}
