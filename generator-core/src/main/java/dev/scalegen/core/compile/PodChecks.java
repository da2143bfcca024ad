package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of pod fields that depend on the {@link Options}, reported by
 * {@link dev.scalegen.core.Generator#generate} (not by {@code validate}, which has no target):
 *
 * <ul>
 *   <li>{@code SG252}: a StatefulSet's {@code persistentVolumeClaimRetentionPolicy} is on by default
 *       from Kubernetes 1.27 (beta; stable in 1.32). Before, the field is behind a feature gate
 *       that is off, and the API server drops it without a word: the claims would be kept when the
 *       spec says to delete them. Error, at the tier's {@code storageRetention}.
 * </ul>
 */
public final class PodChecks {

  static final int RETENTION_MINOR = 27;

  private PodChecks() {}

  public static List<Diagnostic> check(ScalingSpec spec, Options options) {
    List<Diagnostic> problems = new ArrayList<>();
    for (Tier tier : spec.tiers().values()) {
      if (tier.pod().storageRetention() != null && !options.kubernetesAtLeast(RETENTION_MINOR)) {
        String pointer = SourceMap.child("/tiers", tier.name()) + "/storageRetention";
        problems.add(Diagnostic.of(Code.RETENTION_NEEDS_1_27, spec.source().keyAt(pointer),
            "tier `" + tier.name() + "` sets `storageRetention`, but the target Kubernetes "
                + options.kubernetesVersion() + " drops a StatefulSet's claim retention policy (it needs 1."
                + RETENTION_MINOR + ")",
            "target Kubernetes 1." + RETENTION_MINOR + " or later (`--kubernetes-version`), or remove "
                + "`storageRetention` and delete claims by hand"));
      }
    }
    return problems;
  }
}
