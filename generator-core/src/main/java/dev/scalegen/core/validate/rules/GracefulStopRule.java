package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.PodSettings;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.HashMap;
import java.util.Map;

/**
 * Graceful stop of a tier's pods.
 *
 * <ul>
 *   <li>{@code SG257}, error: {@code preStopSleepSeconds} is not shorter than the grace period
 *       ({@code terminationGracePeriodSeconds}, default 30 s). The sleep counts against the grace
 *       period, so the application would get SIGTERM with no time left (or never), and then be
 *       killed.
 *   <li>{@code SG259}, warning, at {@code workers}: a worker tier (one with {@code workers}) that
 *       is scaled down by its HPA or by a schedule (a schedule that names it in {@code set}) keeps
 *       the default grace period of 30 s, since it sets no {@code terminationGracePeriodSeconds}.
 *       A worker whose pod is removed is killed 30 s after SIGTERM, with whatever tasks it still
 *       runs. Setting the field, to any value, says that the tasks fit.
 * </ul>
 */
public final class GracefulStopRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    Map<String, String> firstSchedule = null;
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted()) {
        continue;  // the base owns the pod: checked against it, not here (docs/adopting.md)
      }
      PodSettings pod = tier.pod();
      String at = Pointers.tier(tier.name());
      if (pod.preStopSleepSeconds() != null && pod.preStopSleepSeconds() >= pod.gracePeriodOrDefault()) {
        report.value(Code.PRE_STOP_NOT_BELOW_GRACE, at + "/preStopSleepSeconds", "`preStopSleepSeconds` ("
                + pod.preStopSleepSeconds() + ") of tier `" + tier.name() + "` is not shorter than its grace period ("
                + pod.gracePeriodOrDefault() + " s" + (pod.terminationGracePeriodSeconds() == null ? ", the default" : "")
                + "), which the sleep counts against; the application would be killed without time to stop",
            "set `terminationGracePeriodSeconds` to the sleep plus the time the application needs to stop, e.g. "
                + ((long) pod.preStopSleepSeconds() + 30));
      }
      if (tier.workers() != null && pod.terminationGracePeriodSeconds() == null) {
        if (!tier.autoscaled() && firstSchedule == null) {
          firstSchedule = firstSchedules(spec);
        }
        String how = tier.autoscaled() ? "its HPA" : firstSchedule.get(tier.name());
        if (how != null) {
          report.key(Code.WORKERS_DEFAULT_GRACE, at + "/workers", "worker tier `" + tier.name() + "` is scaled down by "
                  + how + " but keeps the default grace period of 30 s: a removed pod's tasks still running after "
                  + "30 s are killed",
              "set `terminationGracePeriodSeconds` to the longest task plus a margin (e.g. 600), and make the workers "
                  + "finish their tasks on SIGTERM");
        }
      }
    }
  }

  /**
   * {@code schedule `night`} for the first schedule that sets each tier, in one pass over the
   * schedules (issue 19: looking through every schedule for each worker tier was quadratic).
   */
  private static Map<String, String> firstSchedules(ScalingSpec spec) {
    Map<String, String> first = new HashMap<>();
    for (Schedule schedule : spec.schedules().values()) {
      for (String tier : schedule.set().keySet()) {
        first.putIfAbsent(tier, "schedule `" + schedule.name() + "`");
      }
    }
    return first;
  }
}
