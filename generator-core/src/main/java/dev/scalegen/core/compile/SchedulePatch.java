package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * What a schedule's jobs do to one tier: the object they patch and the absolute values they set on
 * entering and on leaving. On an autoscaled tier the target is the <b>HPA</b>
 * ({@code spec.minReplicas}/{@code spec.maxReplicas}): scaling a Deployment that an HPA manages
 * lasts until its next sync. On a KEDA tier it is the <b>ScaledObject</b>
 * ({@code spec.minReplicaCount}/{@code spec.maxReplicaCount}): KEDA owns the HPA it creates and
 * puts a patched HPA back within seconds. On a fixed tier the target is the workload's {@code scale}
 * subresource. Leaving restores the fields that entering set, to the values of the set being
 * rendered (its scenario's, not the baseline's). Absolute values make a job safe to run twice.
 *
 * @param tier the tier's name, also the name of the job container that patches it
 * @param resource the RBAC resource the patch needs ({@code horizontalpodautoscalers},
 *     {@code scaledobjects}, {@code deployments/scale}, {@code statefulsets/scale})
 * @param objectName the patched object's name
 */
record SchedulePatch(String tier, String resource, String objectName, String enterPatch, String exitPatch) {

  static final String HPA = "horizontalpodautoscalers";
  static final String SCALED_OBJECT = "scaledobjects";

  /** The patch for {@code tier} (effective in the set), named {@code objectName}. */
  static SchedulePatch of(Tier tier, String objectName, Schedule.ScheduledValues values) {
    if (tier.autoscaled()) {
      int min = tier.autoscaling().min() == null ? 1 : tier.autoscaling().min();
      boolean keda = tier.autoscaling().usesKeda();
      return new SchedulePatch(tier.name(), keda ? SCALED_OBJECT : HPA, objectName,
          boundsPatch(keda, values.min(), values.max()),
          boundsPatch(keda, values.min() == null ? null : min, values.max() == null ? null : tier.autoscaling().max()));
    }
    int replicas = tier.replicas() == null ? 1 : tier.replicas();
    String resource = tier.stateful() ? "statefulsets/scale" : "deployments/scale";
    return new SchedulePatch(tier.name(), resource, objectName,
        "{\"spec\":{\"replicas\":" + values.replicas() + "}}", "{\"spec\":{\"replicas\":" + replicas + "}}");
  }

  /** The bounds as a merge patch: the HPA's {@code minReplicas}, or the ScaledObject's {@code minReplicaCount}. */
  private static String boundsPatch(boolean keda, Integer min, Integer max) {
    List<String> fields = new ArrayList<>();
    if (min != null) {
      fields.add((keda ? "\"minReplicaCount\":" : "\"minReplicas\":") + min);
    }
    if (max != null) {
      fields.add((keda ? "\"maxReplicaCount\":" : "\"maxReplicas\":") + max);
    }
    return "{\"spec\":{" + String.join(",", fields) + "}}";
  }

  /** The API group of {@link #resource()}. */
  String apiGroup() {
    return switch (resource) {
      case HPA -> "autoscaling";
      case SCALED_OBJECT -> "keda.sh";
      default -> "apps";
    };
  }

  /**
   * The container's command, as an argument list (no shell): {@code kubectl patch} with a merge
   * patch, on the HPA or on the workload's {@code scale} subresource. Both read the object first,
   * so the Role grants {@code get} and {@code patch}, on exactly this resource.
   */
  List<String> command(String patch) {
    List<String> command = new ArrayList<>(List.of("kubectl", "patch"));
    if (resource.equals(HPA)) {
      command.add("horizontalpodautoscaler.autoscaling/" + objectName);
    } else if (resource.equals(SCALED_OBJECT)) {
      command.add("scaledobject.keda.sh/" + objectName);
    } else {
      command.add(resource.substring(0, resource.indexOf('/') - 1) + ".apps/" + objectName);
      command.add("--subresource=scale");
    }
    command.add("--type=merge");
    command.add("--patch=" + patch);
    return command;
  }
}
