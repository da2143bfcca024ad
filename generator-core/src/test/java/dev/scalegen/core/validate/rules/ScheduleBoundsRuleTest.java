package dev.scalegen.core.validate.rules;

import static dev.scalegen.core.validate.rules.ScheduleRulesFixture.diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class ScheduleBoundsRuleTest {

  /** {@code office} raises the minimum of {@code api} (4-12) to 12, {@code evening-cap} caps it at 8. */
  private static String officeAndCap(String office, String cap) {
    return """
        schedules:
          office:
            %s
            set: { api: { min: 12 } }
          evening-cap:
            %s
            set: { api: { max: 8 } }
        """.formatted(office, cap);
  }

  @Test
  void aCapThatBeginsBeforeTheRaiseEndsIsRefusedAtTheMomentTheyCross() {
    String spec = officeAndCap("window: { from: \"09:00\", to: \"18:00\", days: Mon-Fri, timeZone: Europe/Berlin }",
        "window: { from: \"17:00\", to: \"20:00\", timeZone: Europe/Berlin }");
    assertThat(diagnostics(spec, Code.SCHEDULES_CROSS_BOUNDS)).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("schedule `evening-cap` sets `max` of tier `api` to 8 while schedule `office` "
          + "holds `min` at 12, from Mon 17:00 Europe/Berlin; the API server refuses a maximum below the minimum, "
          + "so that patch fails");
      assertThat(d.location().specPath()).isEqualTo("/schedules/evening-cap/set/api/max");
      assertThat(d.hint()).contains("disjoint", "at least 12");
    });
    // Each alone is within the tier's bounds: SG225 says nothing.
    assertThat(diagnostics(spec, Code.SCHEDULE_OUT_OF_BOUNDS)).isEmpty();
  }

  @Test
  void schedulesThatHandOverOrNeverMeetPass() {
    assertThat(diagnostics(officeAndCap("window: { from: \"09:00\", to: \"17:00\", timeZone: UTC }",
        "window: { from: \"17:00\", to: \"20:00\", timeZone: UTC }"), Code.SCHEDULES_CROSS_BOUNDS)).isEmpty();
    assertThat(diagnostics(officeAndCap("window: { from: \"09:00\", to: \"18:00\", days: Mon-Fri, timeZone: UTC }",
        "cron: { enter: \"0 10 * * SAT\", exit: \"0 20 * * SUN\", timeZone: UTC }"), Code.SCHEDULES_CROSS_BOUNDS))
        .isEmpty();
  }

  @Test
  void theMomentIsWhereTheCrossingBeginsEvenAcrossTheEndOfTheWeek() {
    String spec = officeAndCap("cron: { enter: \"0 20 * * FRI\", exit: \"0 6 * * MON\", timeZone: UTC }",
        "window: { from: \"22:00\", to: \"07:00\", timeZone: UTC }");
    assertThat(diagnostics(spec, Code.SCHEDULES_CROSS_BOUNDS)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("from Fri 22:00 UTC;"));
  }

  @Test
  void schedulesInDifferentZonesAreComparedInUtc() {
    // 09:00-18:00 in Berlin is 08:00-17:00 UTC in January: a cap from 16:30 UTC meets it.
    String spec = officeAndCap("window: { from: \"09:00\", to: \"18:00\", timeZone: Europe/Berlin }",
        "window: { from: \"16:30\", to: \"19:00\", timeZone: UTC }");
    assertThat(diagnostics(spec, Code.SCHEDULES_CROSS_BOUNDS)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("from Mon 16:30 UTC in January;"));
  }

  @Test
  void eachScenarioIsCheckedWithItsOwnChangesToTheSchedules() {
    String schedules = officeAndCap("window: { from: \"09:00\", to: \"18:00\", timeZone: UTC }",
        "window: { from: \"17:00\", to: \"20:00\", timeZone: UTC }").replace("max: 8", "max: 12");
    // The baseline's cap of 12 is harmless; the scenario's own cap of 8 is not, and is located there.
    assertThat(diagnostics(schedules + """
        scenarios:
          quiet:
            tiers: { worker: { replicas: 2 } }
            schedules: { evening-cap: { set: { api: { max: 8 } } } }
        """, Code.SCHEDULES_CROSS_BOUNDS)).singleElement().satisfies(d -> {
          assertThat(d.message()).contains("to 8 while schedule `office` holds `min` at 12 in scenario `quiet`");
          assertThat(d.location().specPath()).isEqualTo("/scenarios/quiet/schedules/evening-cap/set/api/max");
        });
    // A scenario that switches the raise off has nothing to cross; the baseline's error is reported once.
    String crossing = officeAndCap("window: { from: \"09:00\", to: \"18:00\", timeZone: UTC }",
        "window: { from: \"17:00\", to: \"20:00\", timeZone: UTC }");
    assertThat(diagnostics(crossing + """
        scenarios:
          quiet:
            tiers: { worker: { replicas: 2 } }
            schedules: { office: off }
          busy:
            tiers: { worker: { replicas: 5 } }
        """, Code.SCHEDULES_CROSS_BOUNDS)).singleElement()
        .satisfies(d -> assertThat(d.location().specPath()).isEqualTo("/schedules/evening-cap/set/api/max"));
  }

  @Test
  void oneScheduleAboveItsOwnMaximumIsLeftToSg225ButStillMeetsOthers() {
    String spec = """
        schedules:
          odd: { window: { from: "09:00", to: "18:00", timeZone: UTC }, set: { api: { min: 12, max: 10 } } }
          cap: { window: { from: "12:00", to: "13:00", timeZone: UTC }, set: { api: { max: 11 } } }
        """;
    assertThat(diagnostics(spec, Code.SCHEDULES_CROSS_BOUNDS)).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("schedule `cap` sets `max` of tier `api` to 11 while "
            + "schedule `odd` holds `min` at 12, from Mon 12:00 UTC"));
  }
}
