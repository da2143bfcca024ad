package dev.scalegen.core.validate.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of schedules that are in effect at the same minute of a week, for
 * {@link OverlappingWindowsRule}: a sweep over the week's change points (each stretch of each
 * schedule begins or ends), in order, keeping the schedules in effect. A stretch that begins meets
 * every other schedule in effect at that minute; a stretch that ends at the minute another begins
 * does not meet it (minutes are half-open, as in {@link WindowWeek}). {@code O(s log s + m)} for
 * {@code s} stretches and {@code m} meetings, instead of a comparison of every pair of schedules.
 */
final class OverlapSweep {

  /** A stretch of member {@code member} begins ({@code enter}) or ends at {@code minute}. */
  private record Event(int minute, boolean enter, int member) {}

  private final List<Event> events = new ArrayList<>();

  /** Adds the stretches of {@code minutes} (local time) of {@code member}, moved by {@code shift} minutes around the week. */
  void add(int member, BitSet minutes, int shift) {
    for (int start = minutes.nextSetBit(0); start >= 0; start = minutes.nextSetBit(minutes.nextClearBit(start))) {
      int length = minutes.nextClearBit(start) - start;
      int from = Math.floorMod(start + shift, WindowWeek.WEEK);
      if (from + length <= WindowWeek.WEEK) {
        stretch(member, from, from + length);
      } else {
        stretch(member, from, WindowWeek.WEEK);
        stretch(member, 0, from + length - WindowWeek.WEEK);
      }
    }
  }

  private void stretch(int member, int from, int to) {
    events.add(new Event(from, true, member));
    events.add(new Event(to, false, member));
  }

  /** Adds to {@code meetings} each pair of members that meet, as {@link #pair}. */
  void meetings(Set<Long> meetings) {
    // By minute, ends before beginnings: stretches that touch do not meet.
    events.sort((a, b) -> a.minute() != b.minute() ? Integer.compare(a.minute(), b.minute())
        : Boolean.compare(a.enter(), b.enter()));
    Map<Integer, Integer> inEffect = new HashMap<>();
    for (Event e : events) {
      if (!e.enter()) {
        inEffect.computeIfPresent(e.member(), (m, n) -> n == 1 ? null : n - 1);
        continue;
      }
      for (int other : inEffect.keySet()) {
        if (other != e.member()) {
          meetings.add(pair(e.member(), other));
        }
      }
      inEffect.merge(e.member(), 1, Integer::sum);
    }
  }

  /** Two members as one number that orders pairs by the later member, then the earlier one. */
  static long pair(int a, int b) {
    return (long) Math.max(a, b) << 32 | Math.min(a, b);
  }

  static int later(long pair) {
    return (int) (pair >>> 32);
  }

  static int earlier(long pair) {
    return (int) pair;
  }
}
