package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class OverlappingWindowsRuleTest {

  private static String two(String first, String second, String zone) {
    return """
        schedules:
          night:
            window: %s
            set: { api: { min: 2 } }
          other:
            window: %s
            set: { api: { min: 3 }, worker: { replicas: 1 } }
        """.formatted(first, second.replace("ZONE", zone));
  }

  @Test
  void aWindowAcrossMidnightOverlapsTheNextMorning() {
    String spec = two("{ from: \"22:00\", to: \"06:00\", days: Fri, timeZone: UTC }",
        "{ from: \"05:59\", to: \"07:00\", days: Sat, timeZone: ZONE }", "UTC");
    assertThat(diagnostics(spec, Code.OVERLAPPING_WINDOWS)).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("`night` and `other`", "`min` of tier `api`", "Sat 05:59 UTC");
      assertThat(d.location().specPath()).isEqualTo("/schedules/other/set/api/min");
    });
  }

  @Test
  void sundayNightRunsIntoMonday() {
    String spec = two("{ from: \"23:00\", to: \"01:00\", days: Sun, timeZone: UTC }",
        "{ from: \"00:30\", to: \"02:00\", days: Mon, timeZone: ZONE }", "UTC");
    assertThat(diagnostics(spec, Code.OVERLAPPING_WINDOWS)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("Mon 00:30"));
  }

  @Test
  void windowsInDifferentZonesAreComparedInUtcInWinterAndSummer() {
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", timeZone: UTC }",
        "{ from: \"23:00\", to: \"01:00\", timeZone: ZONE }", "Europe/Berlin"), Code.OVERLAPPING_WINDOWS))
        .singleElement().satisfies(d -> assertThat(d.message())
            .endsWith("overlap (first on Mon 22:00 UTC, Mon 23:00 Europe/Berlin, in January)"));
    // 23:00 in Berlin is 22:00 UTC in winter, just after the first window, and 21:00 UTC in summer.
    assertThat(diagnostics(two("{ from: \"21:00\", to: \"22:00\", timeZone: UTC }",
        "{ from: \"23:00\", to: \"23:30\", timeZone: ZONE }", "Europe/Berlin"), Code.OVERLAPPING_WINDOWS))
        .singleElement().satisfies(d -> assertThat(d.message())
            .endsWith("(first on Mon 21:00 UTC, Mon 23:00 Europe/Berlin, in July)"));
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", timeZone: UTC }",
        "{ from: \"08:00\", to: \"10:00\", timeZone: ZONE }", "America/New_York"), Code.OVERLAPPING_WINDOWS))
        .isEmpty();
  }

  @Test
  void adjacentWindowsAndDifferentFieldsPass() {
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", timeZone: UTC }",
        "{ from: \"06:00\", to: \"08:00\", timeZone: ZONE }", "UTC"), Code.OVERLAPPING_WINDOWS)).isEmpty();
    assertThat(diagnostics("""
        schedules:
          a: { window: { from: "22:00", to: "06:00", timeZone: UTC }, set: { api: { min: 2 } } }
          b: { window: { from: "23:00", to: "01:00", timeZone: UTC }, set: { api: { max: 8 } } }
        """, Code.OVERLAPPING_WINDOWS)).isEmpty();
  }

  @Test
  void cronPairsThatRepeatEveryWeekAreComparedToo() {
    // Weekdays 20:00 to 23:00, against a window from 22:00: they meet on Monday at 22:00.
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", timeZone: UTC }",
        "CRON", "UTC").replace("window: CRON", "cron: { enter: \"0 20 * * 1-5\", exit: \"0 23 * * MON-FRI\", timeZone: UTC }"),
        Code.OVERLAPPING_WINDOWS)).singleElement().satisfies(d -> {
          assertThat(d.message()).isEqualTo("schedules `night` and `other` both set `min` of tier `api` and overlap "
              + "(first on Mon 22:00 UTC)");
          assertThat(d.hint()).startsWith("make the schedules disjoint");
        });
    // Two cron pairs, each a macro or a weekly expression: Sunday 00:00 to 01:00 meets @daily's 00:00 to 00:30.
    assertThat(diagnostics("""
        schedules:
          a: { cron: { enter: "@weekly", exit: "0 1 * * SUN", timeZone: UTC }, set: { api: { min: 2 } } }
          b: { cron: { enter: "@daily", exit: "30 0 * * *", timeZone: UTC }, set: { api: { min: 3 } } }
        """, Code.OVERLAPPING_WINDOWS)).singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("(first on Sun 00:00 UTC)"));
  }

  @Test
  void cronPairsThatDoNotRepeatWeeklyOrMeetAreNotReported() {
    // On the first of the month: which weekday that is, the week does not say.
    assertThat(diagnostics(two("{ from: \"00:00\", to: \"23:59\", timeZone: UTC }",
        "CRON", "UTC").replace("window: CRON", "cron: { enter: \"0 1 1 * *\", exit: \"0 9 1 * *\", timeZone: UTC }"),
        Code.OVERLAPPING_WINDOWS)).isEmpty();
    // Weekdays 08:00 to 18:00 against nights 22:00 to 06:00.
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", timeZone: UTC }",
        "CRON", "UTC").replace("window: CRON", "cron: { enter: \"0 8 * * 1-5\", exit: \"0 18 * * 1-5\", timeZone: UTC }"),
        Code.OVERLAPPING_WINDOWS)).isEmpty();
  }

  @Test
  void anOverlapThatWrapsTheWeekIsNamedByWhereItBegins() {
    // Friday 22:00 to Monday 06:00 inside Friday 20:00 to Monday 08:00: it begins on Friday, not at Monday 00:00.
    assertThat(diagnostics("""
        schedules:
          weekend: { cron: { enter: "0 20 * * FRI", exit: "0 8 * * MON", timeZone: UTC }, set: { api: { min: 2 } } }
          quiet: { cron: { enter: "0 22 * * 5", exit: "0 6 * * 1", timeZone: UTC }, set: { api: { min: 3 } } }
        """, Code.OVERLAPPING_WINDOWS)).singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("(first on Fri 22:00 UTC)"));
    // The same across zones, in UTC: Berlin's Friday 23:00 is Friday 22:00 UTC in January.
    assertThat(diagnostics("""
        schedules:
          weekend: { cron: { enter: "0 20 * * FRI", exit: "0 8 * * MON", timeZone: UTC }, set: { api: { min: 2 } } }
          quiet: { cron: { enter: "0 23 * * 5", exit: "0 7 * * 1", timeZone: Europe/Berlin }, set: { api: { min: 3 } } }
        """, Code.OVERLAPPING_WINDOWS)).singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("(first on Fri 22:00 UTC, Fri 23:00 Europe/Berlin, in January)"));
  }

  @Test
  void aScenariosOwnValuesForAScheduleAreComparedAndLocatedThere() {
    String spec = """
        schedules:
          night: { window: { from: "22:00", to: "06:00", timeZone: UTC }, set: { api: { min: 2 } } }
          early: { window: { from: "05:00", to: "08:00", timeZone: UTC }, set: { worker: { replicas: 1 } } }
        scenarios:
          peak:
            tiers: { worker: { replicas: 5 } }
            schedules: { early: { set: { api: { min: 6 } } } }
          quiet:
            tiers: { worker: { replicas: 2 } }
            schedules: { early: off }
        """;
    // Disjoint fields in the baseline; in peak, `early` sets `min` of `api` as the night does, from 05:00.
    assertThat(diagnostics(spec, Code.OVERLAPPING_WINDOWS)).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("windows `night` and `early` both set `min` of tier `api` in scenario `peak` "
          + "and overlap (first on Mon 05:00 UTC)");
      assertThat(d.location().specPath()).isEqualTo("/scenarios/peak/schedules/early/set/api/min");
    });
  }

  @Test
  void windowsOnDifferentDaysMeetOnlyWhereOneRunsIntoTheNextDay() {
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", days: Mon, timeZone: UTC }",
        "{ from: \"05:00\", to: \"07:00\", days: Tue, timeZone: ZONE }", "UTC"), Code.OVERLAPPING_WINDOWS))
        .singleElement().satisfies(d -> assertThat(d.message()).endsWith("(first on Tue 05:00 UTC)"));
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", days: Mon, timeZone: UTC }",
        "{ from: \"05:00\", to: \"07:00\", days: Wed, timeZone: ZONE }", "UTC"), Code.OVERLAPPING_WINDOWS))
        .isEmpty();
    // Touching across midnight: Monday 22:00 to Tuesday 06:00, then Tuesday 06:00 to 08:00.
    assertThat(diagnostics(two("{ from: \"22:00\", to: \"06:00\", days: Mon, timeZone: UTC }",
        "{ from: \"06:00\", to: \"08:00\", days: Tue, timeZone: ZONE }", "UTC"), Code.OVERLAPPING_WINDOWS))
        .isEmpty();
  }

  @Test
  void zonesWhoseDaylightSavingTimeRunsOppositeMeetOnlyInOneSeason() {
    // Berlin 09:00-10:00 is 08:00 UTC in January, 07:00 in July; Sydney 17:00-18:00 is 06:00 UTC in
    // January (summer time, +11) and 07:00 in July (+10): they meet in July only.
    assertThat(diagnostics(two("{ from: \"09:00\", to: \"10:00\", timeZone: Europe/Berlin }",
        "{ from: \"17:00\", to: \"18:00\", timeZone: ZONE }", "Australia/Sydney"), Code.OVERLAPPING_WINDOWS))
        .singleElement().satisfies(d -> assertThat(d.message())
            .endsWith("(first on Mon 09:00 Europe/Berlin, Mon 17:00 Australia/Sydney, in July)"));
  }

  @Test
  void everyPairOfClashingSchedulesIsReportedAndNoOther() {
    // a, b and c all hold `min` of api at night; d holds it by day; e sets another field.
    assertThat(diagnostics("""
        schedules:
          a: { window: { from: "22:00", to: "06:00", timeZone: UTC }, set: { api: { min: 2 } } }
          b: { window: { from: "23:00", to: "01:00", timeZone: UTC }, set: { api: { min: 3 } } }
          c: { window: { from: "00:00", to: "05:00", timeZone: UTC }, set: { api: { min: 4 } } }
          d: { window: { from: "06:00", to: "22:00", timeZone: UTC }, set: { api: { min: 5 } } }
          e: { window: { from: "00:00", to: "23:00", timeZone: UTC }, set: { api: { max: 11 } } }
        """, Code.OVERLAPPING_WINDOWS)).extracting(d -> d.message().substring(0, d.message().indexOf(" both")))
        .containsExactly("windows `a` and `b`", "windows `a` and `c`", "windows `b` and `c`");
  }
}
