package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Probe;
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
 *   <li>{@code SG270}: {@code grpc} probes are alpha in Kubernetes 1.23 (feature gate
 *       {@code GRPCContainerProbe}, off by default): the API server drops the field and refuses a
 *       probe left with no action. Error, once per tier, at its first {@code grpc} probe, naming
 *       all of them. From 1.24 they are beta and on by default (stable in 1.27): scalegen uses
 *       them without a word, as it uses other beta fields that are on by default.
 * </ul>
 */
public final class PodChecks {

  static final int RETENTION_MINOR = 27;
  static final int GRPC_MINOR = 24;

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
      if (tier.pod().probes().anyGrpc() && !options.kubernetesAtLeast(GRPC_MINOR)) {
        problems.add(grpc(spec, tier, options));
      }
    }
    return problems;
  }

  private static Diagnostic grpc(ScalingSpec spec, Tier tier, Options options) {
    Probe.Probes probes = tier.pod().probes();
    List<String> kinds = new ArrayList<>();
    for (String kind : List.of("readiness", "liveness", "startup")) {
      Probe p = "readiness".equals(kind) ? probes.readiness() : "liveness".equals(kind) ? probes.liveness()
          : probes.startup();
      if (p != null && p.grpc() != null) {
        kinds.add(kind);
      }
    }
    String pointer = SourceMap.child("/tiers", tier.name()) + "/probes/" + kinds.get(0) + "/grpc";
    String which = "`probes." + String.join("`, `probes.", kinds) + "` of tier `" + tier.name() + "`";
    return Diagnostic.of(Code.GRPC_PROBE_NEEDS_1_24, spec.source().valueAt(pointer), which + " "
        + (kinds.size() > 1 ? "use" : "uses") + " `grpc`, which the target Kubernetes " + options.kubernetesVersion()
        + " does not serve (its `GRPCContainerProbe` feature is off by default before 1." + GRPC_MINOR
        + "): the API server refuses the workload",
        "target Kubernetes 1." + GRPC_MINOR + " or later (`--kubernetes-version`), or check with an `exec` probe of "
            + "a gRPC health client in the image");
  }
}
