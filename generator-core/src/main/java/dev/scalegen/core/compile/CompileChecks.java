package dev.scalegen.core.compile;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Autoscaling;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.rules.DnsLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiler's last line of defence for rules 2 and 9. The semantic rules report these problems
 * with their position first; should one ever let a spec through, the compiler still refuses to emit
 * an object that the API server would reject (a bad or long name) or an HPA that cannot compute
 * utilization (a target without a request). Same codes as the rules.
 */
final class CompileChecks {

  /** DNS-1123 label limit for object names. */
  static final int MAX_NAME = 63;
  /** 63 less 11 for the {@code -<controller-revision-hash>} a StatefulSet adds to its pods' label. */
  static final int MAX_STATEFUL_NAME = 52;

  private CompileChecks() {}

  static List<Diagnostic> check(TierIdentity id, Tier tier, SourceMap source) {
    List<Diagnostic> problems = new ArrayList<>();
    int limit = tier.stateful() ? MAX_STATEFUL_NAME : MAX_NAME;
    if (!DnsLabel.hasLabelForm(id.name())) {
      problems.add(Diagnostic.of(Code.BAD_NAME, source.keyAt(pointer(tier)),
          "generated name `" + id.name() + "` is not a DNS-1123 label",
          "use lower-case letters, digits and `-` in `metadata.name` and tier names"));
    } else if (id.name().length() > limit) {
      problems.add(Diagnostic.of(Code.NAME_TOO_LONG, source.keyAt(pointer(tier)),
          "generated name `" + id.name() + "` has " + id.name().length() + " characters, more than the "
              + limit + " a " + (tier.stateful() ? "StatefulSet" : "Deployment") + " name allows",
          "shorten `metadata.name` or the tier name by " + (id.name().length() - limit) + " characters"));
    }
    Autoscaling a = tier.autoscaling();
    if (a != null) {
      Resources.ResourceList requests =
          tier.resources() == null ? new Resources.ResourceList(null, null) : tier.resources().requestsOrEmpty();
      if (a.cpu() == null && a.memory() == null && requests.cpu() == null) {
        problems.add(Diagnostic.of(Code.TARGET_WITHOUT_REQUEST, source.keyAt(pointer(tier) + "/autoscaling"),
            "`autoscaling` on tier `" + tier.name() + "` sets no target, so the HPA uses the Kubernetes"
                + " default of 80% CPU, which needs `resources.requests.cpu`",
            "set `autoscaling.cpu` (and `resources.requests.cpu`), or `autoscaling.memory`"));
      }
      for (String resource : List.of("cpu", "memory")) {
        Integer target = "cpu".equals(resource) ? a.cpu() : a.memory();
        if (target != null && requests.get(resource) == null) {
          problems.add(Diagnostic.of(Code.TARGET_WITHOUT_REQUEST,
              source.valueAt(pointer(tier) + "/autoscaling/" + resource),
              "`autoscaling." + resource + "` (" + target + "%) needs `resources.requests." + resource
                  + "` on tier `" + tier.name() + "`",
              "set `resources.requests." + resource + "`, which utilization is measured against"));
        }
      }
    }
    return problems;
  }

  /** Where the tier is in the spec; built only for a diagnostic. */
  private static String pointer(Tier tier) {
    return SourceMap.child("/tiers", tier.name());
  }
}
