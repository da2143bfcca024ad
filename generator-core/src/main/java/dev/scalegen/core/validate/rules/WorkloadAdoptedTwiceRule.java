package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code SG286}: two tiers that adopt the same workload of the base. Each would lay its own scaling
 * over it: two ScaledObjects (KEDA's webhook refuses the second: "the workload is already managed
 * by the ScaledObject"), a ScaledObject and an HPA (refused too), or two HPAs that fight over the
 * replica count. Reported at the later tier's {@code adopt.name}.
 */
public final class WorkloadAdoptedTwiceRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    Map<String, String> first = new HashMap<>();
    for (Tier tier : spec.tiers().values()) {
      if (!tier.adopted() || tier.adopt().name() == null) {
        continue;
      }
      String workload = tier.adopt().kind() + "/" + tier.adopt().name();
      String earlier = first.putIfAbsent(workload, tier.name());
      if (earlier != null) {
        report.value(Code.WORKLOAD_ADOPTED_TWICE, Pointers.tier(tier.name()) + "/adopt/name",
            "tiers `" + earlier + "` and `" + tier.name() + "` both adopt " + workload
                + ", which would get two autoscalers (KEDA refuses a second ScaledObject on one workload)",
            "let one tier adopt `" + tier.adopt().name() + "` and remove the other");
      }
    }
  }
}
