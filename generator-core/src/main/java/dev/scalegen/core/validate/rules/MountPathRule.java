package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Storage;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.HashMap;
import java.util.Map;

/**
 * A container mounts one volume at each path: Kubernetes refuses a pod template whose mounts share
 * a {@code mountPath}. Every mount of a tier (its {@code storage}) is compared, after trailing
 * slashes are dropped ({@code /data/} is {@code /data}); the second of two is an error
 * ({@code SG251}), naming the first.
 */
public final class MountPathRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      Map<String, String> seen = new HashMap<>();
      String at = Pointers.tier(tier.name());
      for (Storage s : tier.pod().storage().values()) {
        mount(tier, s.mountPath(), "storage." + s.name(),
            SourceMap.child(at + "/storage", s.name()) + "/mountPath", seen, report);
      }
    }
  }

  private static void mount(Tier tier, String path, String field, String pointer, Map<String, String> seen,
      Reporter report) {
    if (path == null) {
      return;
    }
    String normal = path.length() > 1 ? path.replaceAll("/+$", "") : path;
    String first = seen.putIfAbsent(normal, field);
    if (first != null) {
      report.value(Code.MOUNT_CONFLICT, pointer, "`" + field + "` on tier `" + tier.name() + "` mounts at `" + path
              + "`, where `" + first + "` is already mounted",
          "give each volume its own path");
    }
  }
}
