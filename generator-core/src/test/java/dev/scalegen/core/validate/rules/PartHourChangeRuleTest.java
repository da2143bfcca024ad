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

  /** The repeated 01:30-02:00 of April ends where October's skipped 02:00-02:30 starts: the hint skips both. */
  @Test
  void theDaylightSavingHintSuggestsATimeNoChangeHits() {
    assertThat(diagnostics(window("01:45", "05:30", "Mon-Sun"), Code.DST_TIME)).extracting(d -> d.hint())
        .containsExactly("move `from` outside 01:30-02:00, e.g. to `\"02:30\"`, or use `UTC`");
  }

  /**
   * After a run at 01:45 on the October day, the next run is searched minute by minute from 01:46;
   * 02:00 becomes 02:30 and 02:45 matches the minute: a second run, with the window's exit between.
   */
  @Test
  void timesInTheHalfHourBeforeAForwardChangeRunAgainAfterIt() {
    assertThat(diagnostics(window("01:45", "02:40", "Mon-Sun"), Code.PART_HOUR_CLOCK_CHANGE))
        .extracting(d -> d.message() + " | " + d.hint())
        .containsExactly("`window.from` 01:45 runs again at 02:45 in Australia/Lord_Howe on the first Sunday on or"
            + " after October 1, because on the day clocks go forward by part of an hour the CronJob controller's"
            + " search for the next run steps from 02:00 to 02:30 and matches minute 45 there"
            + " | move `from` out of 01:30-02:00, or use `UTC`");
  }

  /**
   * After a run at 00:15 on a change day, the search for the next run steps hours across the change
   * and reaches the next day the job runs at 00:30, past 00:15.
   */
  @Test
  void timesJustAfterMidnightAreNotRunOnTheNextDayTheJobRuns() {
    String why = ", because after its run before a clock change of part of an hour the CronJob controller's"
        + " search for the next run steps hours at minute 30 into that day";
    assertThat(diagnostics(window("00:15", "01:00", "Mon-Sun"), Code.PART_HOUR_CLOCK_CHANGE))
        .extracting(d -> d.message() + " | " + d.hint())
        .containsExactly("`window.from` 00:15 is not run in Australia/Lord_Howe on the Monday after the first Sunday"
            + " on or after April 1 and the Monday after the first Sunday on or after October 1" + why
            + " | move `from` to minute 30 or later, e.g. to `\"00:30\"`, or use `UTC`");
    assertThat(diagnostics(window("00:00", "01:00", "Sun"), Code.PART_HOUR_CLOCK_CHANGE))
        .extracting(d -> d.message())
        .containsExactly("`window.from` 00:00 is not run in Australia/Lord_Howe on the Sunday after the first Sunday"
            + " on or after April 1 and the Sunday after the first Sunday on or after October 1" + why);
  }

  @ParameterizedTest
  @CsvSource({
      "00:45, 01:29, Mon-Sun", // 00:45 is reached at minute 30 the next day; 01:29 runs once
      "01:59, 02:45, Mon-Sun", // the run at 01:59 ends in the second loop, which starts over at 02:30; 02:45 is run
      "22:30, 06:45, Mon-Sun", // minute 30 or later: run
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
