package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.spec.Schedule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTimingTest {

  @ParameterizedTest(name = "{0}-{1} {2}: enter {3}, exit {4}, deadline {5} s")
  @CsvSource(delimiter = '|', value = {
      "22:00 | 06:00 |         | 0 22 * * *        | 0 6 * * *     | 3600",
      "08:30 | 18:00 | Mon-Fri | 30 8 * * 1-5      | 0 18 * * 1-5  | 3600",
      "22:00 | 06:00 | Mon-Fri | 0 22 * * 1-5      | 0 6 * * 2-6   | 3600",
      "20:00 | 07:00 | Fri-Mon | 0 20 * * 0-1,5-6  | 0 7 * * 0-2,6 | 3600",
      "23:00 | 01:00 | Sun     | 0 23 * * 0        | 0 1 * * 1     | 3600",
      "12:00 | 12:30 |         | 0 12 * * *        | 30 12 * * *   | 900",
      "00:00 | 23:59 | Sat,Sun | 0 0 * * 0,6       | 59 23 * * 0,6 | 30"})
  void aWindowBecomesTwoCronExpressionsAndLeavesOnTheNextDayAcrossMidnight(
      String from, String to, String days, String enter, String exit, long deadline) {
    Schedule schedule = new Schedule("w", new Schedule.Window(from, to, days, "UTC"), null, Map.of());
    assertThat(ScheduleTiming.of(schedule)).isEqualTo(new ScheduleTiming(enter, exit, "UTC", deadline));
  }

  @Test
  void aCronPairIsUsedAsWrittenWithAFiveMinuteDeadline() {
    Schedule schedule = new Schedule("c", null, new Schedule.Cron("0 1 1 * *", "0 9 1 * *", "UTC"), Map.of());
    assertThat(ScheduleTiming.of(schedule)).isEqualTo(new ScheduleTiming("0 1 1 * *", "0 9 1 * *", "UTC", 300));
  }

  /**
   * The deadline is half the shortest real time from a job to the next job of the other one, over
   * every daylight saving change on the days the window applies.
   */
  @ParameterizedTest(name = "{0}-{1} {2} in {3}: deadline {4} s")
  @CsvSource(delimiter = '|', value = {
      // 2 h, but 1 h on the night clocks go forward from 02:00 to 03:00
      "01:00 | 03:00 |         | Europe/Berlin       | 1800",
      // Berlin changes on Sundays, when this window does not apply
      "01:00 | 03:00 | Mon-Sat | Europe/Berlin       | 3600",
      // 2 h between windows (01:00 to 03:00), 1 h on the night clocks go forward
      "03:00 | 01:00 |         | Europe/Berlin       | 1800",
      // a 30-minute change: 1.5 h
      "01:00 | 03:00 |         | Australia/Lord_Howe | 2700",
      // Santiago goes forward from Sunday 00:00 to 01:00: Saturday 23:00 to Sunday 01:00 is 1 h
      "23:00 | 01:00 |         | America/Santiago    | 1800",
      // Casablanca lists its changes (no recurring rule): 02:00 to 03:00 forward after Ramadan
      "01:00 | 03:00 |         | Africa/Casablanca   | 1800",
      // 8 h, 7 h on the shortest night: still capped at an hour
      "22:00 | 06:00 |         | Europe/Berlin       | 3600",
      // a week between a Saturday's exit and the next Saturday's enter, not one minute
      "00:00 | 23:59 | Sat     | UTC                 | 3600"})
  void theDeadlineFollowsTheShortestRealSpacingOfTheJobs(String from, String to, String days, String zone,
      long deadline) {
    Schedule schedule = new Schedule("w", new Schedule.Window(from, to, days, zone), null, Map.of());
    assertThat(ScheduleTiming.of(schedule).startingDeadlineSeconds()).isEqualTo(deadline);
  }
}
