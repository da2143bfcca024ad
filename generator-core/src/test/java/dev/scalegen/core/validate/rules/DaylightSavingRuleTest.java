package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaylightSavingRuleTest {

  private static String window(String from, String to, String zone) {
    return """
        schedules:
          night:
            window: { from: "%s", to: "%s", timeZone: %s }
            set: { api: { min: 2 } }
        """.formatted(from, to, zone);
  }

  private static String window(String from, String to, String days, String zone) {
    return window(from, to, zone).replace("timeZone:", "days: " + days + ", timeZone:");
  }

  @Test
  void aSkippedTimeAndARepeatedTimeNameTheirDates() {
    assertThat(diagnostics(window("02:15", "05:00", "Europe/Berlin"), Code.DST_TIME))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
        .extracting(d -> d.message())
        .containsExactlyInAnyOrder(
            "`window.from` 02:15 does not exist in Europe/Berlin on the last Sunday of March"
                + " (clocks go forward from 02:00 to 03:00)",
            "`window.from` 02:15 occurs twice in Europe/Berlin on the last Sunday of October"
                + " (clocks go back from 03:00 to 02:00)");
  }

  @Test
  void americanRulesAreNamedByTheirFirstDay() {
    assertThat(diagnostics(window("22:00", "02:30", "America/New_York"), Code.DST_TIME))
        .extracting(d -> d.message())
        .containsExactly("`window.to` 02:30 does not exist in America/New_York on the first Sunday on or after"
            + " March 8 (clocks go forward from 02:00 to 03:00)");
  }

  @ParameterizedTest
  @CsvSource({"22:00, 06:00, Europe/Berlin", "02:30, 03:30, UTC", "02:30, 03:30, Asia/Tokyo", "03:00, 04:00, Europe/Berlin"})
  void timesOutsideAChangeAndZonesWithoutOnePass(String from, String to, String zone) {
    assertThat(diagnostics(window(from, to, zone), Code.DST_TIME)).isEmpty();
  }

  /** Casablanca's changes follow Ramadan: the JDK lists them up to 2087 and has no recurring rule. */
  @Test
  void aZoneThatListsItsChangesWithoutARuleIsCheckedByTheirDates() {
    assertThat(ZoneId.of("Africa/Casablanca").getRules().getTransitionRules()).isEmpty();
    assertThat(diagnostics(window("22:00", "02:30", "Africa/Casablanca"), Code.DST_TIME))
        .extracting(d -> d.message())
        .satisfiesExactlyInAnyOrder(
            m -> assertThat(m).matches("`window.to` 02:30 occurs twice in Africa/Casablanca on \\d+ days from 2026-02-15"
                + " to 20\\d\\d-\\d\\d-\\d\\d \\(clocks go back from 03:00 to 02:00\\)"),
            m -> assertThat(m).matches("`window.to` 02:30 does not exist in Africa/Casablanca on \\d+ days from 2026-03-22"
                + " to 2087-05-11 \\(clocks go forward from 02:00 to 03:00\\)"));
  }

  /** Santiago changes at midnight: in April 23:00-24:00 of the Saturday occurs twice. */
  @Test
  void aRepeatedHourBeforeMidnightIsFoundOnTheDayBeforeTheChange() {
    assertThat(diagnostics(window("23:30", "06:00", "America/Santiago"), Code.DST_TIME))
        .extracting(d -> d.message())
        .containsExactly("`window.from` 23:30 occurs twice in America/Santiago on the Saturday before the first"
            + " Sunday on or after April 2 (clocks go back from 00:00 to 23:00)");
    assertThat(diagnostics(window("22:00", "00:30", "America/Santiago"), Code.DST_TIME))
        .extracting(d -> d.message())
        .containsExactly("`window.to` 00:30 does not exist in America/Santiago on the first Sunday on or after"
            + " September 2 (clocks go forward from 00:00 to 01:00)");
  }

  /** Berlin changes on Sundays: a time counts only on the days its job runs. */
  @ParameterizedTest
  @CsvSource({"02:30, 05:00, Mon-Sat", "22:00, 02:30, Mon-Fri", "02:30, 01:00, Sat", "22:00, 02:30, Sun"})
  void aChangeOnADayTheJobDoesNotRunIsNotReported(String from, String to, String days) {
    assertThat(diagnostics(window(from, to, days, "Europe/Berlin"), Code.DST_TIME)).isEmpty();
  }

  @Test
  void anExitAcrossMidnightCountsOnTheFollowingDay() {
    assertThat(diagnostics(window("22:00", "02:30", "Sat", "Europe/Berlin"), Code.DST_TIME))
        .extracting(d -> d.message())
        .containsExactlyInAnyOrder(
            "`window.to` 02:30 does not exist in Europe/Berlin on the last Sunday of March"
                + " (clocks go forward from 02:00 to 03:00)",
            "`window.to` 02:30 occurs twice in Europe/Berlin on the last Sunday of October"
                + " (clocks go back from 03:00 to 02:00)");
  }
}
