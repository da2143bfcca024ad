package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.WritablePath;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code writablePaths} of a tier. A {@code sizeLimit} is a positive Kubernetes quantity
 * ({@code SG207}). A memory-backed path ({@code medium: Memory}, a tmpfs) with neither a
 * {@code sizeLimit} nor a memory limit on the tier is a warning ({@code SG253}): its files are
 * charged to the pod's memory, and with no bound at all they can take the node's memory until the
 * kernel kills something. Either bound silences it (a tmpfs is sized to the memory limit when it
 * has no size of its own).
 */
public final class WritablePathRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      List<WritablePath> writable = tier.pod().writablePaths();
      for (int i = 0; i < writable.size(); i++) {
        WritablePath w = writable.get(i);
        String at = Pointers.tier(tier.name()) + "/writablePaths/" + i;
        if (w.sizeLimit() != null) {
          BigDecimal size = QuantityParser.parse(w.sizeLimit());
          if (size == null || size.signum() <= 0) {
            report.value(Code.BAD_QUANTITY, at + "/sizeLimit", "`writablePaths[" + i + "].sizeLimit` (" + w.sizeLimit()
                + ") on tier `" + tier.name() + "` is not a positive Kubernetes quantity", "write a size such as `256Mi`");
          }
        }
        Resources r = tier.resources();
        boolean memoryLimit = r != null && r.limitsOrEmpty().memory() != null;
        if (w.inMemory() && w.sizeLimit() == null && !memoryLimit) {
          report.value(Code.UNBOUNDED_MEMORY_VOLUME, at + "/medium", "`writablePaths[" + i + "]` (`" + w.path()
                  + "`) on tier `" + tier.name() + "` is kept in memory, with no `sizeLimit` and no memory limit on "
                  + "the tier; its files can take the node's memory",
              "set `sizeLimit` (e.g. `64Mi`) or `resources.limits.memory`");
        }
      }
    }
  }
}
