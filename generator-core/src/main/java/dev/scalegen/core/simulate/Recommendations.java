package dev.scalegen.core.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * The controller's recent unstabilized recommendations for one HPA ({@code recommendations[key]} in
 * {@code horizontal.go}), with its two stabilization functions. Times are nanoseconds.
 */
final class Recommendations {
  private final List<long[]> recommendations = new ArrayList<>(); // {recommendation, timestamp}
  private boolean known; // the controller's map has an entry for the HPA (possibly an empty list)

  /** {@code recordInitialRecommendation}: the replicas the HPA found, on its first sync. */
  void recordInitial(int current, long now) {
    if (!known) {
      recommendations.add(new long[] {current, now});
      known = true;
    }
  }

  /**
   * {@code stabilizeRecommendation} (an HPA without behavior): the highest recommendation not older
   * than the window, the new one included; records the new one in the slot of an old one.
   */
  int stabilizeDown(int desired, long windowNanos, long now) {
    long cutoff = now - windowNanos;
    int max = desired;
    int oldIndex = -1;
    for (int i = 0; i < recommendations.size(); i++) {
      long[] rec = recommendations.get(i);
      if (rec[1] < cutoff) {
        oldIndex = i;
      } else if (rec[0] > max) {
        max = (int) rec[0];
      }
    }
    record(desired, now, oldIndex);
    return max;
  }

  /**
   * {@code stabilizeRecommendationWithBehaviors}: the current replicas brought within [lowest
   * recommendation inside the scale-up window, highest inside the scale-down window].
   */
  int stabilize(int desired, int current, long upWindowNanos, long downWindowNanos, long now) {
    long upCutoff = now - upWindowNanos;
    long downCutoff = now - downWindowNanos;
    int up = desired;
    int down = desired;
    int oldIndex = -1;
    for (int i = 0; i < recommendations.size(); i++) {
      long[] rec = recommendations.get(i);
      if (rec[1] > upCutoff) {
        up = (int) Math.min(rec[0], up);
      }
      if (rec[1] > downCutoff) {
        down = (int) Math.max(rec[0], down);
      }
      if (rec[1] < upCutoff && rec[1] < downCutoff) {
        oldIndex = i;
      }
    }
    int recommendation = current;
    if (recommendation < up) {
      recommendation = up;
    }
    if (recommendation > down) {
      recommendation = down;
    }
    record(desired, now, oldIndex);
    return recommendation;
  }

  private void record(int desired, long now, int oldIndex) {
    long[] rec = {desired, now};
    if (oldIndex >= 0) {
      recommendations.set(oldIndex, rec);
    } else {
      recommendations.add(rec);
    }
  }

  /** The stored recommendations, oldest slot first (for tests). */
  List<Integer> values() {
    return recommendations.stream().map(rec -> (int) rec[0]).toList();
  }

  /** Stores a recommendation made at {@code at} (for tests that start from a given history). */
  void add(int recommendation, long at) {
    recommendations.add(new long[] {recommendation, at});
    known = true;
  }

  /** As a controller test's {@code recommendations: []}: known, with no recommendation (for tests). */
  void markKnown() {
    known = true;
  }
}
