package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.spec.PodTemplate;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.Map;

/**
 * What fabric8's model could not read in a tier's {@code podTemplate}
 * ({@link dev.scalegen.core.spec.PodTemplateReader}): a field that a Kubernetes
 * {@code PodTemplateSpec} does not have ({@code SG265}, at its key, with the nearest names of its
 * object), and a value of the wrong type ({@code SG266}, at the value). A field of the workload
 * rather than of its pods, written in {@code podTemplate.spec} ({@code replicas}, {@code selector},
 * {@code strategy}...), is {@code SG267} instead, naming the field of the tier that sets it.
 */
public final class PodTemplateFieldsRule implements Rule {

  /** Fields of a Deployment's or StatefulSet's spec, and what sets each. */
  static final Map<String, String> WORKLOAD_FIELDS = Map.ofEntries(
      Map.entry("replicas", "`replicas` or `autoscaling`"),
      Map.entry("selector", "nothing: scalegen derives the selector from the tier's name"),
      Map.entry("template", "nothing: `podTemplate` is the template"),
      Map.entry("strategy", "`rollout` (`maxSurge`, `maxUnavailable`)"),
      Map.entry("updateStrategy", "`rollout` (`partition`, `maxUnavailable`)"),
      Map.entry("minReadySeconds", "nothing yet: scalegen keeps the default"),
      Map.entry("revisionHistoryLimit", "nothing yet: scalegen keeps the default"),
      Map.entry("serviceName", "nothing: scalegen names the headless Service after the StatefulSet"),
      Map.entry("podManagementPolicy", "nothing yet: scalegen keeps `OrderedReady`"),
      Map.entry("volumeClaimTemplates", "`storage`"),
      Map.entry("persistentVolumeClaimRetentionPolicy", "`storageRetention`"));

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      PodTemplate fragment = tier.pod().podTemplate();
      if (fragment == null) {
        continue;
      }
      for (PodTemplate.Problem p : fragment.problems()) {
        String relative = p.pointer().substring(fragment.pointer().length());
        String field = "podTemplate" + (relative.isEmpty() ? "" : "." + SourceMap.dotted(relative));
        String name = SourceMap.dotted("/" + relative.substring(relative.lastIndexOf('/') + 1));
        if (p.kind() == PodTemplate.Kind.WRONG_TYPE) {
          report.value(Code.POD_TEMPLATE_WRONG_TYPE, p.pointer(), "`" + field + "` on tier `" + tier.name()
              + "` must be " + p.expected() + ", as Kubernetes reads it", hint(p.expected()));
        } else if (relative.equals("/spec/" + name) && WORKLOAD_FIELDS.containsKey(name)) {
          report.key(Code.POD_TEMPLATE_OWNED_FIELD, p.pointer(), "`" + field + "` on tier `" + tier.name()
              + "` is a field of the workload, not of its pods, and scalegen sets it",
              hint(WORKLOAD_FIELDS.get(name), "instead of in `podTemplate`"));
        } else {
          String suggestion = DidYouMean.hint(name, p.known());
          report.key(Code.POD_TEMPLATE_UNKNOWN_FIELD, p.pointer(), "`" + field + "` on tier `" + tier.name()
              + "` is not a field of a Kubernetes pod template, so Kubernetes would drop it",
              !suggestion.isEmpty() ? suggestion : p.known().isEmpty() ? "remove it"
                  : "the fields here are " + DidYouMean.names(p.known().stream().sorted().toList()));
        }
      }
    }
  }

  /** The hint for a field scalegen sets: the tier's field to set, or why there is none. */
  static String hint(String owner, String where) {
    return owner.startsWith("nothing") ? "remove it: " + owner.substring(owner.indexOf(':') + 2)
        : "set " + owner + " on the tier " + where;
  }

  private static String hint(String expected) {
    return switch (expected) {
      case "a string" -> "quote the value, e.g. `\"8080\"`";
      case "an integer" -> "write a whole number without quotes, e.g. `8080`";
      case "`true` or `false`" -> "write `true` or `false` without quotes";
      default -> "write " + expected + " here (see the Kubernetes API reference of the field)";
    };
  }
}
