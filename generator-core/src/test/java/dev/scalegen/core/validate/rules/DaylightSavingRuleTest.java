package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Severity;
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
}
