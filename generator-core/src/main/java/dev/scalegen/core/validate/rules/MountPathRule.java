package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Storage;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.WritablePath;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A container mounts one volume at each path: Kubernetes refuses a pod template whose mounts share
 * a {@code mountPath}, or two volumes one name. Every mount of a tier (its {@code storage}, then its
 * {@code writablePaths}) is compared, after trailing slashes are dropped ({@code /data/} is
 * {@code /data}); the second of two is an error ({@code SG251}), naming the first. A storage volume
 * may not take the name of a writable path's volume ({@code writable-1}, ...).
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
      List<WritablePath> writable = tier.pod().writablePaths();
      for (int i = 0; i < writable.size(); i++) {
        mount(tier, writable.get(i).path(), "writablePaths[" + i + "]", at + "/writablePaths/" + i + "/path", seen,
            report);
        Storage clash = tier.pod().storage().get(WritablePath.volumeName(i));
        if (clash != null) {
          report.key(Code.MOUNT_CONFLICT, SourceMap.child(at + "/storage", clash.name()),
              "storage name `" + clash.name() + "` on tier `" + tier.name() + "` is the name of the volume of `"
                  + "writablePaths[" + i + "]`", "rename the storage volume, e.g. `data`");
        }
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
