package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZoneRuleTest {

  /**
   * A window in {@code windowZone} (line 13, column 17) and a cron in {@code cronZone} (line 19,
   * column 17); the cron pair runs on a day of the month, so that no zone makes it overlap the window.
   */
  private static List<Diagnostic> validate(String windowZone, String cronZone) {
    String yaml = """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            replicas: 4
        schedules:
          night:
            set: { web: { replicas: 2 } }
            window:
              timeZone: "%s"
              from: "22:00"
              to: "06:00"
          weekend:
            set: { web: { replicas: 2 } }
            cron:
              timeZone: "%s"
              enter: "0 18 1 * *"
              exit: "0 6 2 * *"
        """.formatted(windowZone, cronZone);
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "America/New_York", "UTC", "Etc/UTC", "Etc/GMT-2", "Asia/Kolkata"})
  void acceptsIanaNames(String zone) {
    assertThat(validate(zone, zone)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Europe/Berln  | which is not an IANA time zone name           | did you mean `Europe/Berlin`?",
      "europe/berlin | which is not an IANA time zone name           | did you mean `Europe/Berlin`?",
      "Mars/Olympus  | which is not an IANA time zone name           | use a name of the form `Area/Location`, such as `Europe/Berlin` or `America/New_York`, or `UTC`",
      "+02:00        | a fixed UTC offset rather than an IANA time zone | use a location such as `Europe/Berlin`; to keep a fixed offset, write `Etc/GMT-2` (POSIX inverts the sign)",
      "UTC-5         | a fixed UTC offset rather than an IANA time zone | use a location such as `Europe/Berlin`; to keep a fixed offset, write `Etc/GMT+5` (POSIX inverts the sign)",
      "PST           | an abbreviation rather than an IANA time zone  | use a location such as `America/Los_Angeles`",
      "CET           | a legacy name that is not a location           | use the location whose clocks you mean, such as `Europe/Brussels`",
      "EST5EDT       | a legacy name that is not a location           | use the location whose clocks you mean, such as `America/New_York`"})
  void reportsAnUnknownZoneAtTheValue(String zone, String problem, String hint) {
    List<Diagnostic> diagnostics = validate(zone, "UTC");
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.UNKNOWN_TIME_ZONE);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(position(d)).isEqualTo("13:17");
      assertThat(d.message()).startsWith("`window.timeZone` is `" + zone + "`, " + problem);
      assertThat(d.hint()).isEqualTo(hint);
    });
  }

  @Test
  void checksCronTimeZonesToo() {
    List<Diagnostic> diagnostics = validate("Europe/Berlin", "Europe/Pariss");
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(position(d)).isEqualTo("19:17");
      assertThat(d.message()).startsWith("`cron.timeZone` is `Europe/Pariss`");
      assertThat(d.hint()).isEqualTo("did you mean `Europe/Paris`?");
    });
  }
}
