package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lord Howe Island changes by 30 minutes at 02:00 on the first Sunday of April (back) and of
 * October (forward); Kubernetes' cron library then runs no job at minute 0-29 of a later hour.
 */
class PartHourChangeRuleTest {

  private static String window(String from, String to, String days) {
    return """
        schedules:
          night:
            window: { from: "%s", to: "%s", days: %s, timeZone: Australia/Lord_Howe }
            set: { api: { min: 2 } }
        """.formatted(from, to, days);
  }

  @Test
  void timesAtMinutesBeforeThirtyAfterTheChangeAreNotRunOnBothChangeDays() {
    String both = "in Australia/Lord_Howe on the first Sunday on or after April 1 and the first Sunday on or after"
        + " October 1, because on the day of a clock change of part of an hour the CronJob controller runs jobs"
        + " only from minute 30 of each later hour";
    assertThat(diagnostics(window("22:00", "06:15", "Mon-Sun"), Code.PART_HOUR_CLOCK_CHANGE))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
        .extracting(d -> d.message() + " | " + d.hint())
        .containsExactly(
            "`window.from` 22:00 is not run " + both + " | move `from` to minute 30 or later, e.g. to `\"22:30\"`,"
                + " or use `UTC`",
            "`window.to` 06:15 is not run " + both + " | move `to` to minute 30 or later, e.g. to `\"06:30\"`,"
                + " or use `UTC`");
  }

  /** 02:15 does not exist in October (SG228's); in April it exists once, after the change, and is not run. */
  @Test
  void aTimeTheChangeSkipsOutrightIsLeftToTheDaylightSavingRule() {
    assertThat(diagnostics(window("02:15", "05:30", "Mon-Sun"), Code.PART_HOUR_CLOCK_CHANGE))
        .extracting(d -> d.message())
        .containsExactly("`window.from` 02:15 is not run in Australia/Lord_Howe on the first Sunday on or after"
            + " April 1, because on the day of a clock change of part of an hour the CronJob controller runs jobs"
            + " only from minute 30 of each later hour");
    assertThat(diagnostics(window("02:15", "05:30", "Mon-Sun"), Code.DST_TIME)).extracting(d -> d.message())
        .containsExactly("`window.from` 02:15 does not exist in Australia/Lord_Howe on the first Sunday on or after"
            + " October 1 (clocks go forward from 02:00 to 02:30)");
  }

  @ParameterizedTest
  @CsvSource({
      "22:30, 06:45, Mon-Sun", // minute 30 or later: run
      "00:00, 01:45, Mon-Sun", // before the change: run
      "22:00, 06:00, Mon-Fri", // enter Mon-Fri, exit Tue-Sat: never on a change day (Sunday)
      "20:00, 23:00, Mon-Sat"})
  void timesThatAreRunOnTheChangeDaysPass(String from, String to, String days) {
    assertThat(diagnostics(window(from, to, days), Code.PART_HOUR_CLOCK_CHANGE)).isEmpty();
  }

  @Test
  void wholeHourChangesPass() {
    assertThat(diagnostics(window("22:00", "06:00", "Mon-Sun").replace("Australia/Lord_Howe", "Europe/Berlin"),
        Code.PART_HOUR_CLOCK_CHANGE)).isEmpty();
  }
}
