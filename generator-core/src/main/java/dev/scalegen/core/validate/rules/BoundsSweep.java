package dev.scalegen.core.validate.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The minutes of a week at which schedules together put an HPA's minimum above its maximum, for
 * {@link ScheduleBoundsRule}: a sweep over the week's change points (each stretch of each schedule
 * begins or ends), in order, keeping the schedules in effect ordered by the minimum and by the
 * maximum they set. At each change point the highest minimum in effect is compared with the lowest
 * maximum in effect: {@code O(n log n)} in the number of stretches, not a comparison of every pair.
 */
final class BoundsSweep {

  /** A schedule's values for one tier: {@code min} or {@code max} or both; {@code order} is its place in the spec. */
  record Bound(int order, String schedule, Integer min, Integer max) {}

  /** Two schedules whose bounds cross: {@code low} sets the maximum below {@code high}'s minimum. */
  record Cross(Bound high, Bound low) {}

  private record Event(int minute, boolean enter, Bound bound) {}

  private static final Comparator<Bound> BY_MIN = Comparator.comparingInt((Bound b) -> b.min()).thenComparingInt(Bound::order);
  private static final Comparator<Bound> BY_MAX = Comparator.comparingInt((Bound b) -> b.max()).thenComparingInt(Bound::order);

  private final List<Event> events = new ArrayList<>();

  /** Adds the stretches of {@code minutes} (local time), moved by {@code shift} minutes (to UTC: minus the offset). */
  void add(Bound bound, BitSet minutes, int shift) {
    for (int start = minutes.nextSetBit(0); start >= 0; start = minutes.nextSetBit(minutes.nextClearBit(start))) {
      int length = minutes.nextClearBit(start) - start;
      int from = Math.floorMod(start + shift, WindowWeek.WEEK);
      if (from + length <= WindowWeek.WEEK) {
        stretch(bound, from, from + length);
      } else {
        stretch(bound, from, WindowWeek.WEEK);
        stretch(bound, 0, from + length - WindowWeek.WEEK);
      }
    }
  }

  private void stretch(Bound bound, int from, int to) {
    events.add(new Event(from, true, bound));
    events.add(new Event(to, false, bound));
  }

  /** The minutes of the week at which each crossing pair is in effect, in the order first met. */
  Map<Cross, BitSet> crossings() {
    events.sort(Comparator.comparingInt(Event::minute).thenComparing(Event::enter));
    TreeSet<Bound> mins = new TreeSet<>(BY_MIN);
    TreeSet<Bound> maxes = new TreeSet<>(BY_MAX);
    Map<Cross, BitSet> crossings = new LinkedHashMap<>();
    int i = 0;
    while (i < events.size()) {
      int minute = events.get(i).minute();
      for (; i < events.size() && events.get(i).minute() == minute; i++) {
        Event e = events.get(i);
        if (e.bound().min() != null) {
          toggle(mins, e);
        }
        if (e.bound().max() != null) {
          toggle(maxes, e);
        }
      }
      int until = i < events.size() ? events.get(i).minute() : WindowWeek.WEEK;
      Cross cross = cross(mins, maxes);
      if (cross != null && until > minute) {
        crossings.computeIfAbsent(cross, c -> new BitSet(WindowWeek.WEEK)).set(minute, until);
      }
    }
    return crossings;
  }

  private static void toggle(TreeSet<Bound> active, Event e) {
    if (e.enter()) {
      active.add(e.bound());
    } else {
      active.remove(e.bound());
    }
  }

  /**
   * The highest minimum against the lowest maximum, of two different schedules; one schedule whose
   * own {@code min} is above its own {@code max} is {@code SG225}'s, so then the runners-up are tried.
   */
  private static Cross cross(TreeSet<Bound> mins, TreeSet<Bound> maxes) {
    if (mins.isEmpty() || maxes.isEmpty()) {
      return null;
    }
    Bound high = mins.last();
    Bound low = maxes.first();
    if (high != low) {
      return high.min() > low.max() ? new Cross(high, low) : null;
    }
    Bound nextHigh = mins.lower(high);
    Bound nextLow = maxes.higher(low);
    if (nextHigh != null && nextHigh.min() > low.max()) {
      return new Cross(nextHigh, low);
    }
    return nextLow != null && high.min() > nextLow.max() ? new Cross(high, nextLow) : null;
  }
}
