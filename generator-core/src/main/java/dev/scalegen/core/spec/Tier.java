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
    PodSettings pod,
    Adopt adopt) {

  public Tier {
    pod = pod == null ? PodSettings.NONE : pod;
    command = Maps.copy(command);
    args = Maps.copy(args);
    env = Maps.copy(env);
    labels = Maps.copy(labels);
    annotations = Maps.copy(annotations);
  }

  /** Whether the tier lays scaling over a workload of the spec's {@code base} instead of generating one. */
  public boolean adopted() {
    return adopt != null;
  }

  /** Whether the tier is scaled by an HPA rather than a fixed replica count. */
  public boolean autoscaled() {
    return autoscaling != null;
  }

  /** Worker processes per pod: the count, passed as a flag ({@code arg}) or an environment variable ({@code env}). */
  public record Workers(Integer count, String arg, String env) {}

  /**
   * {@code adopt}: the workload of the spec's {@code base} that the tier scales, by kind and name; the
   * container ({@code null}: the workload's only one) and whether the base's own HPA and PDB for it
   * are taken over (removed by the overlay, in favour of scalegen's).
   */
  public record Adopt(String kind, String name, String container, boolean takeOver) {}

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
