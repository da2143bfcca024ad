package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.Reporter;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The {@code SG227} diagnostics of one pair of schedules that {@link OverlappingWindowsRule} found
 * in effect together: where their first common stretch begins, and one diagnostic per field of a
 * tier that both set. Exact: the pair's minutes are intersected, in their own time when they share
 * a zone, else in UTC in January's week and then July's ({@link ScheduleWeek#UTC_FRAMES}).
 */
final class OverlapReport {

  static final List<String> FIELDS = List.of("min", "max", "replicas");

  private OverlapReport() {}

  /** Reports {@code a} and {@code b} (in the spec's order) when they meet; {@code scenario} {@code null} for the baseline. */
  static void check(OverlappingWindowsRule.Timed a, OverlappingWindowsRule.Timed b, Scenario scenario,
      Reporter report) {
    String when = a.zone().equals(b.zone()) ? firstCommon(a.minutes(), b.minutes(), a.zone()) : firstCommon(a, b);
    if (when == null) {
      return;
    }
    Schedule first = a.schedule();
    Schedule second = b.schedule();
    String kind = first.window() != null && second.window() != null ? "windows" : "schedules";
    // The smaller set is walked and looked up in the other: diagnostics are sorted by position later.
    boolean walkSecond = second.set().size() <= first.set().size();
    Map<String, Schedule.ScheduledValues> walked = walkSecond ? second.set() : first.set();
    walked.forEach((tier, mine) -> {
      Schedule.ScheduledValues values = second.set().get(tier);
      Schedule.ScheduledValues other = first.set().get(tier);
      if (other == null || values == null) {
        return;
      }
      for (String field : FIELDS) {
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
   * Where the first stretch in both schedules of different zones begins, in January's week or else July's, as
   * {@code Mon 22:00 Europe/Berlin, Mon 16:00 America/New_York, in January}; {@code null} when
   * they do not meet, or a zone is unknown (another rule reports that).
   */
  private static String firstCommon(OverlappingWindowsRule.Timed a, OverlappingWindowsRule.Timed b) {
    if (a.id() == null || b.id() == null) {
      return null;
    }
    for (ScheduleWeek.Frame week : ScheduleWeek.UTC_FRAMES) {
      int shift = week.shift(a.id());
      int otherShift = week.shift(b.id());
      BitSet both = ScheduleWeek.shifted(a.minutes(), shift);
      both.and(ScheduleWeek.shifted(b.minutes(), otherShift));
      if (!both.isEmpty()) {
        int utc = WindowWeek.firstStart(both);
        return WindowWeek.describe(Math.floorMod(utc - shift, WindowWeek.WEEK)) + " " + a.zone() + ", "
            + WindowWeek.describe(Math.floorMod(utc - otherShift, WindowWeek.WEEK)) + " " + b.zone() + ", in "
            + week.month();
      }
    }
    return null;
  }

  static Integer value(Schedule.ScheduledValues v, String field) {
    return switch (field) {
      case "min" -> v.min();
      case "max" -> v.max();
      default -> v.replicas();
    };
  }
}
