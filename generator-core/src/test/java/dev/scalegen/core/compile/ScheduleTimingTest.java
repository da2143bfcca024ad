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
}
