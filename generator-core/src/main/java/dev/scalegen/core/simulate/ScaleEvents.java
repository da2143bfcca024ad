package dev.scalegen.core.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * The controller's record of its recent scale-ups (or scale-downs) of one HPA, a port of {@code
 * timestampedScaleEvent}, {@code storeScaleEvent}, {@code markScaleEventsOutdated} and {@code
 * getReplicasChangePerPeriod} in {@code horizontal.go}: an event older than the direction's longest
 * policy period is marked outdated and its slot reused by the next event. Times are nanoseconds.
 */
final class ScaleEvents {
  private final List<long[]> events = new ArrayList<>(); // {replicaChange, timestamp, outdated 0/1}

  /** Records a change of {@code change} pods (> 0) at {@code now}. */
  void store(int change, long now, int longestPeriodSeconds) {
    long cutoff = now - longestPeriodSeconds * 1_000_000_000L;
    int oldIndex = -1;
    for (int i = 0; i < events.size(); i++) {
      long[] event = events.get(i);
      if (event[1] < cutoff) {
        event[2] = 1;
      }
      if (event[2] == 1) {
        oldIndex = i; // the last outdated slot, as the controller picks it
      }
    }
    long[] event = {change, now, 0};
    if (oldIndex >= 0) {
      events.set(oldIndex, event);
    } else {
      events.add(event);
    }
  }

  /** The pods changed by events strictly within the last {@code periodSeconds} before {@code now}. */
  int changeInPeriod(int periodSeconds, long now) {
    long cutoff = now - periodSeconds * 1_000_000_000L;
    int replicas = 0;
    for (long[] event : events) {
      if (event[1] > cutoff) {
        replicas += (int) event[0];
      }
    }
    return replicas;
  }

  int size() {
    return events.size();
  }

  /** The change recorded in slot {@code i}, and whether it is marked outdated (for tests). */
  int change(int i) {
    return (int) events.get(i)[0];
  }

  boolean outdated(int i) {
    return events.get(i)[2] == 1;
  }
}
