package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * {@link OverlappingWindowsRule} as it was before its sweep: every pair of schedules compared, minute
 * by minute, again for each scenario with its own values. Quadratic, and plainly right: the oracle
 * that {@link OverlappingWindowsSweepTest} holds the sweep to, on random specs.
 */
final class PairwiseOverlapOracle implements Rule {

  /** A schedule, the minutes of the week it is in effect, and their time zone. */
  private record Timed(Schedule schedule, BitSet minutes, String zone) {}

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    List<Timed> timed = new ArrayList<>();
    for (Schedule s : spec.schedules().values()) {
      BitSet minutes = s.window() != null ? minuteByMinute(s.window())
          : s.cron() != null ? CronWeek.minutes(s.cron()) : null;
      String zone = s.window() != null ? s.window().timeZone() : s.cron() != null ? s.cron().timeZone() : null;
      if (minutes != null && zone != null) {
        timed.add(new Timed(s, minutes, zone));
      }
    }
    compare(timed, null, report);
    // A scenario that gives a schedule its own values is compared again, for the pairs that involve them.
    for (Scenario scenario : spec.scenarios().values()) {
      if (scenario.schedules().values().stream().anyMatch(o -> !o.off())) {
        Map<String, Schedule> own = ScenarioResolver.schedules(spec, scenario);
        compare(timed.stream().filter(t -> own.containsKey(t.schedule().name()))
            .map(t -> new Timed(own.get(t.schedule().name()), t.minutes(), t.zone())).toList(), scenario, report);
      }
    }
  }

  /** Compares each pair of a set ({@code scenario} {@code null}: the baseline; else the pairs with one of its overrides). */
  private static void compare(List<Timed> timed, Scenario scenario, Reporter report) {
    for (int j = 1; j < timed.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (scenario == null || scenario.schedules().containsKey(timed.get(i).schedule().name())
            || scenario.schedules().containsKey(timed.get(j).schedule().name())) {
          check(timed.get(i), timed.get(j), scenario, report);
        }
      }
    }
  }

  /** A week that windows in different zones are compared in, by its Monday. */
  private record Week(LocalDate monday, String month) {}

  /** Winter and summer, of both hemispheres, away from daylight saving changes. */
  private static final List<Week> WEEKS =
      List.of(new Week(LocalDate.of(2026, 1, 12), "January"), new Week(LocalDate.of(2026, 7, 13), "July"));

  private static void check(Timed a, Timed b, Scenario scenario, Reporter report) {
    String when = a.zone().equals(b.zone()) ? firstCommon(a.minutes(), b.minutes(), a.zone())
        : firstCommon(a.minutes(), a.zone(), b.minutes(), b.zone());
    if (when == null) {
      return;
    }
    Schedule first = a.schedule();
    Schedule second = b.schedule();
    String kind = first.window() != null && second.window() != null ? "windows" : "schedules";
    second.set().forEach((tier, values) -> {
      Schedule.ScheduledValues other = first.set().get(tier);
      if (other == null || values == null) {
        return;
      }
      for (String field : List.of("min", "max", "replicas")) {
        if (value(values, field) != null && value(other, field) != null) {
          // Located at the scenario's own values where it has them: the second's, else the first's.
          String at = scenario != null && !scenario.schedules().containsKey(second.name()) ? first.name() : second.name();
          report.value(Code.OVERLAPPING_WINDOWS, Pointers.scheduleTier(scenario, at, tier) + "/" + field,
              kind + " `" + first.name() + "` and `" + second.name() + "` both set `" + field + "` of tier `" + tier
                  + "`" + (scenario == null ? "" : " in scenario `" + scenario.name() + "`") + " and overlap (first on "
                  + when + ")",
              "make the " + kind + " disjoint, or merge them into one schedule; the exit job of one would undo the other");
        }
      }
    });
  }

  /** Where the first stretch of the week in both windows of one zone begins, as {@code Sat 05:00 Europe/Berlin}, or {@code null}. */
  private static String firstCommon(BitSet a, BitSet b, String zone) {
    BitSet both = (BitSet) a.clone();
    both.and(b);
    return both.isEmpty() ? null : WindowWeek.describe(WindowWeek.firstStart(both)) + " " + zone;
  }

  /**
   * Where the first stretch in both windows of different zones begins, in January's week or else July's, as
   * {@code Mon 22:00 Europe/Berlin, Mon 16:00 America/New_York, in January}; {@code null} when
   * they do not meet, or a zone is unknown (another rule reports that).
   */
  private static String firstCommon(BitSet a, String zone, BitSet b, String otherZone) {
    ZoneId first;
    ZoneId second;
    try {
      first = ZoneId.of(zone);
      second = ZoneId.of(otherZone);
    } catch (DateTimeException e) {
      return null;
    }
    for (Week week : WEEKS) {
      int offset = offset(first, week.monday());
      int otherOffset = offset(second, week.monday());
      BitSet both = inUtc(a, offset);
      both.and(inUtc(b, otherOffset));
      if (!both.isEmpty()) {
        int utc = WindowWeek.firstStart(both);
        return WindowWeek.describe(Math.floorMod(utc + offset, WindowWeek.WEEK)) + " " + zone + ", "
            + WindowWeek.describe(Math.floorMod(utc + otherOffset, WindowWeek.WEEK)) + " " + otherZone + ", in "
            + week.month();
      }
    }
    return null;
  }

  /** The zone's offset from UTC in minutes on the Wednesday of the week of {@code monday}. */
  private static int offset(ZoneId zone, LocalDate monday) {
    return zone.getRules().getOffset(monday.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)).getTotalSeconds() / 60;
  }

  /** The minutes of a week in local time moved to UTC: a local minute is {@code offset} minutes after UTC's. */
  private static BitSet inUtc(BitSet local, int offset) {
    BitSet utc = new BitSet(WindowWeek.WEEK);
    for (int m = local.nextSetBit(0); m >= 0; m = local.nextSetBit(m + 1)) {
      utc.set(Math.floorMod(m - offset, WindowWeek.WEEK));
    }
    return utc;
  }

  /** The window's minutes as {@link WindowWeek#minutes} once set them, a minute at a time. */
  private static BitSet minuteByMinute(Schedule.Window window) {
    BitSet ranges = WindowWeek.minutes(window);
    if (ranges == null) {
      return null;
    }
    int from = WindowWeek.minute(window.from());
    int to = WindowWeek.minute(window.to());
    int length = to > from ? to - from : WindowWeek.DAY - from + to;
    BitSet minutes = new BitSet(WindowWeek.WEEK);
    for (java.time.DayOfWeek day : WindowDays.parse(window.days()).days().days()) {
      int start = (day.getValue() - 1) * WindowWeek.DAY + from;
      for (int m = start; m < start + length; m++) {
        minutes.set(m % WindowWeek.WEEK);
      }
    }
    return minutes;
  }

  private static Integer value(Schedule.ScheduledValues v, String field) {
    return switch (field) {
      case "min" -> v.min();
      case "max" -> v.max();
      default -> v.replicas();
    };
  }
}
