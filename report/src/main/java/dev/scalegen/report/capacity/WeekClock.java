package dev.scalegen.report.capacity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's week on the chart zone's wall clock: minutes of the week as dates and times, the
 * UTC offsets in effect (both, when daylight saving time starts or ends that week), and when a set
 * is at its lowest or highest.
 */
final class WeekClock {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final LocalDate monday;
  private final ZoneId zone;

  WeekClock(LocalDate monday, ZoneId zone) {
    this.monday = monday;
    this.zone = zone;
  }

  /** {@code Mon 22 Mar 22:00} for a minute of the week. */
  String at(int minute) {
    return TIME.format(monday.atStartOfDay().plusMinutes(minute));
  }

  /** {@code UTC+01:00}, or {@code UTC+01:00, UTC+02:00 from Sun 28 Mar 03:00} in a week of a change. */
  String offsets() {
    Instant start = monday.atStartOfDay(zone).toInstant();
    Instant end = monday.plusDays(7).atStartOfDay(zone).toInstant();
    StringBuilder text = new StringBuilder(name(zone.getRules().getOffset(start)));
    ZoneOffsetTransition next = zone.getRules().nextTransition(start);
    while (next != null && next.getInstant().isBefore(end)) {
      LocalDateTime local = LocalDateTime.ofInstant(next.getInstant(), zone);
      text.append(", ").append(name(next.getOffsetAfter())).append(" from ").append(TIME.format(local));
      next = zone.getRules().nextTransition(next.getInstant());
    }
    return text.toString();
  }

  private static String name(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "UTC+00:00" : "UTC" + offset.getId();
  }

  /**
   * The lowest total at the minima ({@code lowest}) or the highest at the maxima over the week, by
   * requested CPU, then pods; and every stretch it holds, a stretch across Sunday midnight joined
   * with the one at Monday 00:00.
   */
  WeekExtreme extreme(List<Segment> week, List<TierCapacity> tiers, boolean lowest) {
    Amount best = null;
    List<Amount> amounts = new ArrayList<>();
    for (Segment segment : week) {
      Amount amount = Amount.NONE;
      for (TierCapacity tier : tiers) {
        Bounds b = segment.tiers().get(tier.name());
        amount = amount.plus(Amount.of(tier.name(), lowest ? b.min() : b.max(), tier.pod()));
      }
      amounts.add(amount);
      if (best == null || better(amount, best, lowest)) {
        best = amount;
      }
    }
    List<int[]> stretches = new ArrayList<>();
    for (int i = 0; i < week.size(); i++) {
      if (same(amounts.get(i), best)) {
        int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
        if (last != null && last[1] == week.get(i).from()) {
          last[1] = week.get(i).to();
        } else {
          stretches.add(new int[] {week.get(i).from(), week.get(i).to()});
        }
      }
    }
    if (stretches.size() > 1 && stretches.get(0)[0] == 0
        && stretches.get(stretches.size() - 1)[1] == week.get(week.size() - 1).to()) {
      int[] first = stretches.remove(0);
      stretches.get(stretches.size() - 1)[1] = first[1] + week.get(week.size() - 1).to();
    }
    List<String> when = stretches.size() == 1 && stretches.get(0)[0] == 0
        && stretches.get(0)[1] == week.get(week.size() - 1).to() ? List.of("all week")
        : stretches.stream().map(s -> at(s[0]) + " – " + at(s[1])).toList();
    return new WeekExtreme(best, when);
  }

  private static boolean better(Amount a, Amount b, boolean lowest) {
    int byCpu = Double.compare(a.cpuRequests(), b.cpuRequests());
    int order = byCpu != 0 ? byCpu : Integer.compare(a.pods(), b.pods());
    return lowest ? order < 0 : order > 0;
  }

  private static boolean same(Amount a, Amount b) {
    return a.pods() == b.pods() && Math.abs(a.cpuRequests() - b.cpuRequests()) < 1e-9
        && Math.abs(a.memoryRequests() - b.memoryRequests()) < 1e-9;
  }

  /**
   * The hours that really pass from minute {@code from} to minute {@code to} of the week's wall
   * clock: one less across the start of daylight saving time, one more across its end.
   */
  double realHours(int from, int to) {
    LocalDateTime start = monday.atStartOfDay();
    return Duration.between(start.plusMinutes(from).atZone(zone), start.plusMinutes(to).atZone(zone)).toMinutes() / 60.0;
  }
}
