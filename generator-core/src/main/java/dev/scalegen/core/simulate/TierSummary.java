package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A tier's run in one line.
 *
 * @param tier the tier's name
 * @param targetPods the pod count asked about
 * @param timeToDesired how long after {@code from} the controller first set at least {@code
 *     targetPods} replicas, or empty
 * @param timeToReady how long after {@code from} at least {@code targetPods} pods were first ready,
 *     or empty (exact, not rounded to a sync)
 * @param peakUtilizationPercent the highest utilization of the first metric at a sync
 * @param timeAboveTarget how long the first metric's utilization was above its target (each sync
 *     stands for the sync period that follows it)
 * @param desiredAtEnd the replicas at the last sync
 * @param readyAtEnd the ready pods at the last sync
 */
public record TierSummary(
    String tier,
    int targetPods,
    Optional<Duration> timeToDesired,
    Optional<Duration> timeToReady,
    double peakUtilizationPercent,
    Duration timeAboveTarget,
    int desiredAtEnd,
    int readyAtEnd) {

  /**
   * The line, with {@code from} the time the run is measured from: {@code 50 pods ready 2m15s
   * after the load's change at 5m (desired 1m), peak utilization 350%, above target for 3m, 50 pods
   * at the end}. What {@code scalegen simulate} prints and a promise's diagnostic says.
   */
  public String describe(Duration from) {
    String change = from.isZero() ? "the start" : "the load's change at " + DurationText.format(from);
    return String.format(Locale.ROOT, "%d pods ready %s after %s (desired %s), peak utilization %d%%,"
        + " above target for %s, %d pods at the end", targetPods, TimelineTable.after(timeToReady), change,
        TimelineTable.after(timeToDesired), Math.round(peakUtilizationPercent), DurationText.format(timeAboveTarget),
        desiredAtEnd);
  }
}
