package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two windows that are in effect at the same time must not set the same field of the same tier
 * ({@code SG227}): whichever job runs last wins, and the first window's exit job would restore the
 * set's value in the middle of the second window. Windows, and raw cron pairs that repeat every
 * week ({@link ScheduleWeek}), are compared minute by minute over a week: in their own time when they
 * share a time zone, and in UTC when they do not, for a week of January and a week of July, since
 * daylight saving time moves zones against each other. Other cron pairs (on days of the month, in
 * some months) are not compared (see {@code docs/schedules.md}). A scenario that gives a schedule
 * its own values ({@code scenarios.<name>.schedules}) is checked with them, located there.
 *
 * <p>Only schedules that set the same field of the same tier can clash: they are grouped by it,
 * and each group is swept over the week ({@link OverlapSweep}), so that the work grows with the
 * schedules and the clashes, not with every pair of schedules; a scenario sweeps only the groups
 * its own values touch. Each clashing pair is then described exactly ({@link OverlapReport}).
 */
public final class OverlappingWindowsRule implements Rule {

  /** A schedule, the minutes of the week it is in effect, and their time zone ({@code id} {@code null} when unknown). */
  record Timed(Schedule schedule, BitSet minutes, String zone, ZoneId id) {}

  /** The one frame of schedules that share a zone: their own time, unmoved. */
  private static final List<ScheduleWeek.Frame> LOCAL = List.of(new ScheduleWeek.Frame(null, null, null));

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    List<Timed> timed = new ArrayList<>();
    for (Schedule s : spec.schedules().values()) {
      BitSet minutes = ScheduleWeek.minutes(s);
      String zone = ScheduleWeek.zoneName(s);
      if (minutes != null && zone != null) {
        timed.add(new Timed(s, minutes, zone, zoneId(zone)));
      }
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < timed.size(); i++) {
      join(groups, timed.get(i).schedule(), i);
    }
    TreeSet<Long> clashes = new TreeSet<>();
    groups.values().forEach(members -> sweep(timed, members, null, clashes));
    clashes.forEach(pair -> OverlapReport.check(
        timed.get(OverlapSweep.earlier(pair)), timed.get(OverlapSweep.later(pair)), null, report));
    for (Scenario scenario : spec.scenarios().values()) {
      if (scenario.schedules().values().stream().anyMatch(o -> !o.off())) {
        checkScenario(spec, scenario, timed, groups, report);
      }
    }
  }

  /**
   * The pairs a scenario's own values take part in: the groups of the fields those values set, with
   * the scenario's schedules (its own values for its overrides, none of those it turns off).
   */
  private static void checkScenario(ScalingSpec spec, Scenario scenario, List<Timed> timed,
      Map<String, List<Integer>> groups, Reporter report) {
    Map<String, Schedule> own = ScenarioResolver.schedules(spec, scenario);
    List<Timed> inSet = new ArrayList<>(timed.size());
    Set<Integer> overridden = new HashSet<>();
    Map<String, List<Integer>> touched = new LinkedHashMap<>();
    for (int i = 0; i < timed.size(); i++) {
      Timed t = timed.get(i);
      Schedule mine = own.get(t.schedule().name());
      inSet.add(mine == null ? null : new Timed(mine, t.minutes(), t.zone(), t.id()));
      if (mine != null && scenario.schedules().containsKey(mine.name())) {
        overridden.add(i);
        join(touched, mine, i);
      }
    }
    TreeSet<Long> clashes = new TreeSet<>();
    touched.forEach((field, mine) -> {
      TreeSet<Integer> members = new TreeSet<>(mine);
      for (int i : groups.getOrDefault(field, List.of())) {
        if (inSet.get(i) != null && !overridden.contains(i)) {
          members.add(i);
        }
      }
      sweep(inSet, new ArrayList<>(members), overridden, clashes);
    });
    clashes.forEach(pair -> OverlapReport.check(
        inSet.get(OverlapSweep.earlier(pair)), inSet.get(OverlapSweep.later(pair)), scenario, report));
  }

  /** Adds schedule {@code index} to the group of each field of each tier it sets ({@code api min}). */
  private static void join(Map<String, List<Integer>> groups, Schedule schedule, int index) {
    schedule.set().forEach((tier, values) -> {
      for (String field : OverlapReport.FIELDS) {
        if (values != null && OverlapReport.value(values, field) != null) {
          groups.computeIfAbsent(tier + ' ' + field, k -> new ArrayList<>()).add(index);
        }
      }
    });
  }

  /**
   * Adds the pairs of {@code members} that are in effect at the same minute, and of which one is in
   * {@code among} (when not {@code null}). One zone: one sweep in local time; several: one in UTC in
   * each of the frames, and a pair counts when it meets in one of them.
   */
  private static void sweep(List<Timed> timed, List<Integer> members, Set<Integer> among, Set<Long> clashes) {
    if (members.size() < 2) {
      return;
    }
    String zone = timed.get(members.get(0)).zone();
    boolean oneZone = members.stream().allMatch(i -> timed.get(i).zone().equals(zone));
    Set<Long> met = new HashSet<>();
    for (ScheduleWeek.Frame frame : oneZone ? LOCAL : ScheduleWeek.UTC_FRAMES) {
      OverlapSweep sweep = new OverlapSweep();
      for (int i : members) {
        ZoneId id = timed.get(i).id();
        sweep.add(i, timed.get(i).minutes(), oneZone || id == null ? 0 : frame.shift(id));
      }
      sweep.meetings(met);
    }
    for (long pair : met) {
      if (among == null || among.contains(OverlapSweep.earlier(pair)) || among.contains(OverlapSweep.later(pair))) {
        clashes.add(pair);
      }
    }
  }

  private static ZoneId zoneId(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
