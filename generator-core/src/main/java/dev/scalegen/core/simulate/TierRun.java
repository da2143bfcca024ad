package dev.scalegen.core.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tier through one run: its pods (created at a sync, ready {@code readyAfter} later, removed
 * newest first, which is unready first), its HPA's current bounds and the controller's state.
 */
final class TierRun {
  private final SimulatedTier tier;
  private final HpaController controller;
  private final long readyAfterMillis;
  private final long[] requestMilli;
  private final List<Step> steps = new ArrayList<>();
  private final List<Timeline.ReadyChange> readyChanges = new ArrayList<>();
  private long[] created = new long[16]; // creation times in ms, ascending; initial pods at Long.MIN_VALUE
  private int pods;
  private int ready;
  private int min;
  private int max;

  TierRun(SimulatedTier tier, double tolerance) {
    this.tier = tier;
    this.controller = new HpaController(tier.behavior(), tolerance);
    this.readyAfterMillis = tier.readyAfter().toMillis();
    this.requestMilli = tier.metrics().stream().mapToLong(m -> Math.max(1, Math.round(m.requestPerPod() * 1000))).toArray();
    this.min = tier.minReplicas();
    this.max = tier.maxReplicas();
    ensure(tier.initialReplicas());
    Arrays.fill(created, 0, tier.initialReplicas(), Long.MIN_VALUE);
    pods = tier.initialReplicas();
    ready = pods;
    readyChanges.add(new Timeline.ReadyChange(Duration.ZERO, ready));
  }

  /** A schedule's patch; one that would leave min above max is refused, as the API server would. */
  void changeBounds(BoundsChange change) {
    int newMin = change.min().orElse(min);
    int newMax = change.max().orElse(max);
    if (newMin <= newMax) {
      min = newMin;
      max = newMax;
    }
  }

  /** The sync at {@code t}; {@code now} is the controller's clock for it, in nanoseconds. */
  void sync(Duration t, long now, Demand demand) {
    long tMillis = t.toMillis();
    while (ready < pods && created[ready] + readyAfterMillis <= tMillis) {
      long at = created[ready] + readyAfterMillis;
      while (ready < pods && created[ready] + readyAfterMillis == at) {
        ready++;
      }
      readyChanges.add(new Timeline.ReadyChange(Duration.ofMillis(at), ready));
    }
    int current = pods;
    List<ReplicaCalculator.Proposal> proposals = new ArrayList<>(requestMilli.length);
    long firstUsage = 0;
    for (int i = 0; i < requestMilli.length; i++) {
      MetricTarget metric = tier.metrics().get(i);
      long usage = usageMilli(demand.at(t, tier.name(), metric.resource()), requestMilli[i]);
      firstUsage = i == 0 ? usage : firstUsage;
      proposals.add(ReplicaCalculator.resourceReplicas(current, ready, pods - ready, usage, requestMilli[i],
          metric.targetAverageUtilization(), controller.tolerances()));
    }
    HpaController.Decision decision = controller.reconcile(now, current, min, max, proposals);
    ReplicaCalculator.Proposal first = proposals.get(0);
    steps.add(new Step(t, firstUsage / 1000.0, first == null ? 0 : first.utilization(), decision.desired(),
        current, ready, decision.limitedBy(), tier.metrics().get(0).targetAverageUtilization()));
    scaleTo(decision.desired(), tMillis);
  }

  private long usageMilli(Demand.Sample sample, long request) {
    return switch (sample.kind()) {
      case TOTAL_USAGE -> Math.round(sample.value() * 1000);
      case UTILIZATION_PERCENT -> Math.round(sample.value() / 100 * request * ready);
    };
  }

  private void scaleTo(int desired, long tMillis) {
    if (desired > pods) {
      ensure(desired);
      Arrays.fill(created, pods, desired, tMillis);
      if (readyAfterMillis == 0) {
        ready = desired;
        readyChanges.add(new Timeline.ReadyChange(Duration.ofMillis(tMillis), ready));
      }
    } else if (desired < pods && desired < ready) {
      ready = desired;
      readyChanges.add(new Timeline.ReadyChange(Duration.ofMillis(tMillis), ready));
    }
    pods = desired;
  }

  private void ensure(int size) {
    if (created.length < size) {
      created = Arrays.copyOf(created, Math.max(size, created.length * 2));
    }
  }

  String name() {
    return tier.name();
  }

  List<Step> steps() {
    return steps;
  }

  List<Timeline.ReadyChange> readyChanges() {
    return readyChanges;
  }
}
