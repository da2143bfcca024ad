package dev.scalegen.core.emit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Locale;

/**
 * Where each object goes, relative to the output directory: one folder per tier, one file per
 * object, named by kind, so that a reviewer finds {@code backend/hpa.yaml} without searching:
 *
 * <pre>
 * kustomization.yaml          lists every file below
 * &lt;tier&gt;/deployment.yaml     or statefulset.yaml + service.yaml for a stateful tier
 * &lt;tier&gt;/hpa.yaml            autoscaled tiers (engine hpa)
 * &lt;tier&gt;/scaledobject.yaml   engine keda, with triggerauthentication-&lt;type&gt;.yaml per trigger's auth
 * &lt;tier&gt;/pdb.yaml            tiers that may run more than one pod
 * scheduler/serviceaccount.yaml, role.yaml, rolebinding.yaml    when the spec has schedules
 * scheduler/cronjob-&lt;schedule&gt;-enter.yaml, cronjob-&lt;schedule&gt;-exit.yaml
 * </pre>
 *
 * In overlay mode ({@code base} in the spec) a set's folder holds the objects scalegen adds and the
 * patches it lays over the base ({@link #patchPath}); docs/output-layout.md shows both layouts.
 *
 * <p>A front end renders several sets (the baseline and each scenario) into one folder each
 * ({@code base/}, {@code <scenario>/}); these paths are relative to that folder.
 */
public final class FileLayout {

  public static final String KUSTOMIZATION = "kustomization.yaml";

  private FileLayout() {}

  /** The path of an object of a tier: {@code backend/deployment.yaml}. */
  public static String path(String tier, HasMetadata object) {
    if ("CronJob".equals(object.getKind())) {
      String app = object.getMetadata().getLabels().get("app.kubernetes.io/part-of");
      return tier + "/cronjob-" + object.getMetadata().getName().substring(app.length() + 1) + ".yaml";
    }
    if ("TriggerAuthentication".equals(object.getKind())) {
      String prefix = object.getMetadata().getLabels().get("app.kubernetes.io/instance");
      return tier + "/triggerauthentication-" + object.getMetadata().getName().substring(prefix.length() + 1) + ".yaml";
    }
    return tier + "/" + fileName(object.getKind()) + ".yaml";
  }

  /**
   * The path of a patch of an overlay: {@code backend/patch-deployment.yaml} for the workload
   * patch, {@code backend/patch-hpa.yaml} for an HPA of the base replaced in place, and
   * {@code backend/remove-hpa-<name>.yaml} for an object of the base that the overlay removes.
   */
  public static String patchPath(String tier, HasMetadata patch) {
    String kind = fileName(patch.getKind());
    if (patch instanceof GenericKubernetesResource removal && "delete".equals(removal.getAdditionalProperties().get("$patch"))) {
      // The name comes from the team's base: only the characters of a DNS name reach the path.
      return tier + "/remove-" + kind + "-" + patch.getMetadata().getName().replaceAll("[^a-z0-9.-]", "-") + ".yaml";
    }
    return tier + "/patch-" + kind + ".yaml";
  }

  static String fileName(String kind) {
    return switch (kind) {
      case "HorizontalPodAutoscaler" -> "hpa";
      case "PodDisruptionBudget" -> "pdb";
      default -> kind.toLowerCase(Locale.ROOT);
    };
  }
}
