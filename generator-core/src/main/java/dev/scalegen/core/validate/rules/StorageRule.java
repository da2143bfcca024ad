package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import dev.scalegen.core.spec.Storage;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.math.BigDecimal;

/**
 * {@code storage} of a tier. Volume claim templates belong to StatefulSets: {@code storage} or
 * {@code storageRetention} on a tier that is not {@code stateful} is an error ({@code SG250}); a
 * Deployment's replicas would share one claim, or each get none. Each volume's name is a DNS-1123
 * label ({@code SG214}: it names the volume and prefixes its claims), and its {@code size} a
 * positive Kubernetes quantity ({@code SG207}).
 */
public final class StorageRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      String at = Pointers.tier(tier.name());
      if (!tier.stateful()) {
        for (String field : new String[] {"storage", "storageRetention"}) {
          if (report.has(at + "/" + field)) {
            report.key(Code.FIELD_NOT_FOR_TIER, at + "/" + field,
                "`" + field + "` on tier `" + tier.name() + "`, which is not stateful; persistent volumes are claimed "
                    + "per pod by a StatefulSet",
                "set `stateful: true` if the tier keeps data; for scratch space use `writablePaths`");
          }
        }
      }
      for (Storage s : tier.pod().storage().values()) {
        String volume = SourceMap.child(at + "/storage", s.name());
        String problem = DnsLabel.problem(s.name());
        if (problem != null) {
          report.key(Code.BAD_NAME, volume, "storage name `" + s.name() + "` on tier `" + tier.name()
              + "` is not a DNS-1123 label: " + problem, "rename it, e.g. `data`");
        }
        if (s.size() != null) {
          BigDecimal size = QuantityParser.parse(s.size());
          if (size == null || size.signum() <= 0) {
            report.value(Code.BAD_QUANTITY, volume + "/size", "`storage." + s.name() + ".size` (" + s.size()
                + ") on tier `" + tier.name() + "` is not a positive Kubernetes quantity",
                "write a size with a binary unit, e.g. `10Gi`");
          }
        }
      }
    }
  }
}
