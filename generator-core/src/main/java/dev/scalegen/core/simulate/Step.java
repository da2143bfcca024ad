package dev.scalegen.core.simulate;

import java.time.Duration;

/**
 * One run of the HPA controller for one tier.
 *
 * @param t the time of the sync, since the simulation's start
 * @param load the demand on the tier's first metric at {@code t}, as total usage (cores or bytes);
 *     a utilization sample is converted with the ready pods and the request
 * @param utilizationPercent the first metric's utilization over the ready pods, as the controller
 *     computes it (whole percent, rounded down)
 * @param desired the replicas the controller set at this sync ({@code spec.replicas} after it)
 * @param current the replicas before this sync (what the controller called {@code currentReplicas})
 * @param ready the pods ready at {@code t}, before the pods this sync creates
 * @param limitedBy what kept {@code desired} from the metrics' proposal, or null: {@code "max"},
 *     {@code "min"}, {@code "tolerance"}, {@code "stabilization window"}, {@code "unready pods"},
 *     {@code "scaleUp policy Pods 4/15s"} and the like, {@code "scaleUp disabled"}, {@code
 *     "scale-up limit max(2x, 4)"} (no behavior), {@code "no ready pod"}
 * @param targetPercent the first metric's target utilization at this sync
 */
public record Step(
    Duration t,
    double load,
    double utilizationPercent,
    int desired,
    int current,
    int ready,
    String limitedBy,
    int targetPercent) {}
