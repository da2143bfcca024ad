package dev.scalegen.core.validate.rules;

import dev.scalegen.core.compile.SpotPreset;
import dev.scalegen.core.compile.TierIdentity;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.NodePool;
import dev.scalegen.core.spec.PodTemplate;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.WritablePath;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code podTemplate} may not set what scalegen sets from a field of its own ({@code SG267}, at
 * the key, naming that field): the table of {@code docs/pod-template.md}. A default that has no
 * field of its own ({@code automountServiceAccountToken}, the pod's {@code seccompProfile}) may be
 * replaced. Workload fields written in {@code podTemplate.spec} are {@link PodTemplateFieldsRule}'s.
 */
public final class PodTemplateOwnedFieldRule implements Rule {

  /** Fields of the pod's spec, and the field of the tier that sets each. */
  static final Map<String, String> POD = Map.of(
      "serviceAccountName", "serviceAccountName", "serviceAccount", "serviceAccountName",
      "imagePullSecrets", "imagePullSecrets", "terminationGracePeriodSeconds", "terminationGracePeriodSeconds",
      "topologySpreadConstraints", "zoneSpread` or `placement", "restartPolicy", "nothing: Deployments and StatefulSets need `Always`",
      "ephemeralContainers", "nothing: Kubernetes adds ephemeral containers to running pods only (`kubectl debug`)");
  /** Fields of the tier's own container, and the field of the tier that sets each. */
  static final Map<String, String> MAIN = Map.of("image", "image", "command", "command",
      "args", "args` or `workers.arg", "envFrom", "envFrom", "resources", "resources", "ports", "port",
      "readinessProbe", "probes.readiness", "livenessProbe", "probes.liveness", "startupProbe", "probes.startup");
  /** Security context fields that the tier's {@code securityContext} sets. */
  static final Set<String> SECURITY = Set.of("runAsUser", "runAsGroup", "runAsNonRoot", "fsGroup",
      "readOnlyRootFilesystem", "allowPrivilegeEscalation");

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      PodTemplate fragment = tier.pod().podTemplate();
      if (fragment == null) {
        continue;
      }
      PodSpec pod = fragment.template().getSpec();
      String reported = null;
      for (String field : fragment.fields()) {
        if (reported != null && field.startsWith(reported + "/")) {
          continue;
        }
        String owner = owner(field.substring(1).split("/", -1), spec, tier, pod);
        if (owner != null) {
          reported = field;
          String dotted = "podTemplate." + SourceMap.dotted(field);
          boolean ownField = !owner.startsWith("nothing");
          report.key(Code.POD_TEMPLATE_OWNED_FIELD, fragment.pointer() + field, "`" + dotted + "` on tier `"
              + tier.name() + "` is set by scalegen" + (ownField ? " from the tier's `" + owner + "`" : ""),
              ownField ? "set `" + owner + "` on the tier instead of in `podTemplate`"
                  : "remove it: " + owner.substring("nothing: ".length()));
        }
      }
    }
  }

  /** The field of the tier that owns the field at {@code s} (pointer segments), or {@code null}. */
  private static String owner(String[] s, ScalingSpec spec, Tier tier, PodSpec pod) {
    String key = s.length > 2 ? s[2].replace("~1", "/").replace("~0", "~") : null;
    if (s[0].equals("metadata") && s.length == 2 && !s[1].equals("labels") && !s[1].equals("annotations")) {
      return "nothing: scalegen names the pods; only `labels` and `annotations` may be added";
    }
    if (s[0].equals("metadata") && s.length == 3 && s[1].equals("labels")
        && TierIdentity.of(spec.metadata(), tier).labels().containsKey(key)) {
      return key.startsWith("app.kubernetes.io/") ? "nothing: scalegen's recommended labels identify the tier"
          : "labels";
    }
    if (s[0].equals("metadata") && s.length == 3 && s[1].equals("annotations")
        && (tier.annotations().containsKey(key) || spec.metadata().annotations().containsKey(key))) {
      return "annotations";
    }
    if (!s[0].equals("spec") || s.length < 2) {
      return null;
    }
    if (s.length == 2) {
      return POD.get(s[1]);
    }
    if (s.length == 3 && s[1].equals("securityContext") && SECURITY.contains(s[2])) {
      return "securityContext." + s[2];
    }
    if (s.length == 3 && s[1].equals("nodeSelector") && key.equals(requiredNodeLabel(spec, tier))) {
      return "placement";
    }
    if (s.length == 4 && s[1].equals("volumes") && s[3].equals("name")) {
      String name = volume(pod.getVolumes(), s[2]);
      if (name == null) {
        return null;
      }
      return tier.pod().storage().containsKey(name) ? "storage" : generatedWritable(tier, name) ? "writablePaths" : null;
    }
    if (!s[1].equals("containers") || s.length < 4 || !isMain(pod.getContainers(), s[2], tier.name())) {
      return null;
    }
    if (s.length == 4) {
      return MAIN.get(s[3]);
    }
    if (s.length == 5 && s[3].equals("lifecycle") && s[4].equals("preStop")) {
      return "preStopSleepSeconds";
    }
    if (s.length == 5 && s[3].equals("securityContext") && SECURITY.contains(s[4]) && !s[4].equals("fsGroup")) {
      return "securityContext." + s[4];
    }
    if (s.length == 6 && s[3].equals("env") && s[5].equals("name")) {
      String name = env(pod.getContainers(), s[2], s[4]);
      Tier.Workers w = tier.workers();
      boolean owned = tier.env().containsKey(name) || tier.pod().envRefs().containsKey(name)
          || w != null && name != null && name.equals(w.env());
      return owned ? (w != null && name.equals(w.env()) ? "workers.env" : "env") : null;
    }
    return null;
  }

  private static boolean isMain(List<Container> containers, String index, String tier) {
    int i = Integer.parseInt(index);
    return i < containers.size() && tier.equals(containers.get(i).getName());
  }

  private static String volume(List<Volume> volumes, String index) {
    int i = Integer.parseInt(index);
    return i < volumes.size() ? volumes.get(i).getName() : null;
  }

  private static String env(List<Container> containers, String container, String index) {
    List<EnvVar> env = containers.get(Integer.parseInt(container)).getEnv();
    int i = Integer.parseInt(index);
    return i < env.size() ? env.get(i).getName() : null;
  }

  private static boolean generatedWritable(Tier tier, String name) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tier.pod().writablePaths().size(); i++) {
      names.add(WritablePath.volumeName(i));
    }
    return names.contains(name);
  }

  /** The node label a {@code required} placement selects by, or {@code null}. */
  private static String requiredNodeLabel(ScalingSpec spec, Tier tier) {
    Tier.Placement p = tier.placement();
    NodePool pool = p == null ? null : spec.nodePools().get(p.pool());
    if (pool == null || !"required".equals(p.mode()) || pool.preset() == null) {
      return null;
    }
    try {
      NodePool.NodeLabel label = SpotPreset.byId(pool.preset()).label(pool);
      return label == null ? null : label.key();
    } catch (IllegalArgumentException | IllegalStateException unknownPresetOrNoLabel) {
      return null; // the schema or CustomPoolRule reports it
    }
  }
}
