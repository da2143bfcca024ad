package dev.scalegen.report.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.report.SpecFixtures;
import dev.scalegen.report.chart.Point;
import dev.scalegen.report.render.WeekChartSteps;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The week's steps, checked as the chart draws them: (hour since Monday 00:00 local, pods). */
class WeekTimelineTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static List<Segment> week(String schedules, String monday, ZoneId zone) {
    ScalingSpec spec = SpecFixtures.parse(SpecFixtures.spec(schedules));
    return WeekTimeline.of(spec.tiers(), spec.schedules(), LocalDate.parse(monday), zone);
  }

  @Test
  void aWindowAcrossMidnightLowersTheMinimumFrom22To06EveryNight() {
    List<Segment> week = week("""
        schedules:
          night:
            window: { from: "22:00", to: "06:00", days: Mon-Sun, timeZone: Europe/Berlin }
            set: { api: { min: 2 }, worker: { replicas: 1 } }
        """, "2027-03-15", BERLIN);
    List<Point> min = WeekChartSteps.steps(week, "api", true);
    // Sunday night's window runs into Monday: the week starts inside it.
    assertThat(min.subList(0, 4)).containsExactly(new Point(0, 2), new Point(6, 4), new Point(22, 2), new Point(30, 4));
    assertThat(min.get(min.size() - 1)).isEqualTo(new Point(168, 2));
    assertThat(min).hasSize(16);
    assertThat(WeekChartSteps.steps(week, "api", false)).allMatch(p -> p.y() == 10);
    assertThat(WeekChartSteps.steps(week, "worker", true).subList(0, 3))
        .containsExactly(new Point(0, 1), new Point(6, 3), new Point(22, 1));
    assertThat(week.get(0).schedules()).containsExactly("night");
    assertThat(week.get(1).schedules()).isEmpty();
  }

  @Test
  void aDaylightSavingWeekKeepsTheStepsAtTheirLocalTimesAndNamesBothOffsets() {
    String night = """
        schedules:
          night:
            window: { from: "22:00", to: "06:00", days: Mon-Sun, timeZone: Europe/Berlin }
            set: { api: { min: 2 } }
        """;
    // 2027-03-28: clocks in Berlin go from 02:00 to 03:00.
    List<Segment> week = week(night, "2027-03-22", BERLIN);
    List<Point> min = WeekChartSteps.steps(week, "api", true);
    assertThat(min).contains(new Point(5 * 24 + 22, 2), new Point(6 * 24 + 6, 4), new Point(6 * 24 + 22, 2));
    WeekClock clock = new WeekClock(LocalDate.parse("2027-03-22"), BERLIN);
    assertThat(clock.offsets()).isEqualTo("UTC+01:00, UTC+02:00 from Sun 28 Mar 03:00");
    // Saturday 22:00 to Sunday 06:00 is 7 real hours that night, 8 the nights before.
    assertThat(clock.realHours((5 * 24 + 22) * 60, (6 * 24 + 6) * 60)).isEqualTo(7);
    assertThat(clock.realHours((4 * 24 + 22) * 60, (5 * 24 + 6) * 60)).isEqualTo(8);
    // And back on 2027-10-31 (03:00 to 02:00): that night has 9 hours.
    WeekClock autumn = new WeekClock(LocalDate.parse("2027-10-25"), BERLIN);
    assertThat(autumn.offsets()).isEqualTo("UTC+02:00, UTC+01:00 from Sun 31 Oct 02:00");
    assertThat(autumn.realHours((5 * 24 + 22) * 60, (6 * 24 + 6) * 60)).isEqualTo(9);
    assertThat(new WeekClock(LocalDate.parse("2027-11-01"), BERLIN).offsets()).isEqualTo("UTC+01:00");
  }

  @Test
  void aScheduleOfAnotherZoneLandsAtItsInstantsInTheChartZone() {
    // 22:00 UTC is 23:00 in Berlin in winter, 00:00 in summer: in the DST week it moves on Sunday.
    List<Segment> week = week("""
        schedules:
          night:
            window: { from: "22:00", to: "06:00", days: Mon-Sun, timeZone: UTC }
            set: { api: { min: 2 } }
        """, "2027-03-22", BERLIN);
    List<Point> min = WeekChartSteps.steps(week, "api", true);
    assertThat(min).contains(new Point(23, 2), new Point(31, 4), new Point(4 * 24 + 23, 2));
    assertThat(min).contains(new Point(6 * 24 + 8, 4));  // Sunday: 06:00 UTC is 08:00 in summer time
  }

  @Test
  void aCronPairIsInEffectFromEachEnterToTheNextExit() {
    List<Segment> week = week("""
        schedules:
          weekend:
            cron: { enter: "0 20 * * FRI", exit: "0 6 * * MON", timeZone: Europe/Berlin }
            set: { api: { max: 5 }, worker: { replicas: 1 } }
        """, "2027-03-15", BERLIN);
    // In effect from Friday 20:00 to Monday 06:00: the week starts inside it, and it starts again on Friday.
    assertThat(WeekChartSteps.steps(week, "api", false))
        .containsExactly(new Point(0, 5), new Point(6, 10), new Point(4 * 24 + 20, 5), new Point(168, 5));
    assertThat(WeekChartSteps.steps(week, "worker", true))
        .containsExactly(new Point(0, 1), new Point(6, 3), new Point(4 * 24 + 20, 1), new Point(168, 1));
  }

  @Test
  void withoutSchedulesTheWeekIsOneStretchAtTheTiersOwnBounds() {
    List<Segment> week = week("", "2027-03-15", BERLIN);
    assertThat(week).hasSize(1);
    assertThat(week.get(0).tiers().get("api")).isEqualTo(new Bounds(4, 10));
    assertThat(week.get(0).tiers().get("worker")).isEqualTo(new Bounds(3, 3));
  }
}
