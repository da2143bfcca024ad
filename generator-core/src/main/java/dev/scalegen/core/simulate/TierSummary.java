package dev.scalegen.core.simulate;

import java.time.Duration;
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
    int readyAtEnd) {}
