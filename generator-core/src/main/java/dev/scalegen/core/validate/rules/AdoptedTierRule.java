package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;

/**
 * A tier that adopts a workload of the base sets only what scalegen owns in overlay mode: its
 * scale, {@code resources}, {@code workers} and {@code placement}. Every other field describes the
 * pod, which stays the base's ({@code SG436}, at the field's key: scalegen would otherwise drop it
 * silently). {@code adopt} needs the spec's {@code base} ({@code SG435}).
 */
public final class AdoptedTierRule implements Rule {

  /** The fields of a tier that the base owns in overlay mode, in the schema's order. */
  static final List<String> BASE_FIELDS = List.of("image", "command", "args", "port", "env", "envFrom", "stateful",
      "labels", "annotations", "securityContext", "storage", "storageRetention", "writablePaths", "probes", "service",
      "serviceAccountName", "imagePullSecrets", "terminationGracePeriodSeconds", "preStopSleepSeconds");

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (!tier.adopted()) {
        continue;
      }
      String at = Pointers.tier(tier.name());
      if (!spec.overlay()) {
        report.key(Code.ADOPT_WITHOUT_BASE, at + "/adopt",
            "tier `" + tier.name() + "` adopts " + tier.adopt().kind() + " `" + tier.adopt().name()
                + "` but the spec has no `base`",
            "add `base: PATH` at the top of the spec: the kustomize folder or the files that hold the workload");
      }
      for (String field : BASE_FIELDS) {
        if (report.has(at + "/" + field)) {
          report.key(Code.FIELD_OWNED_BY_BASE, at + "/" + field,
              "tier `" + tier.name() + "` adopts a workload of the base, which owns `" + field + "`",
              "set `" + field + "` in the base's " + tier.adopt().kind() + " and remove it here: an adopted tier sets"
                  + " only `resources`, `workers`, `replicas` or `autoscaling`, and `placement`");
        }
      }
    }
  }
}
