package dev.scalegen.report.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleTimesTest {

  @Test
  void aZoneWithDaylightSavingTimeHasTwoUtcTimes() {
    assertThat(ScheduleTimes.utc("0 22 * * *", "Europe/Berlin"))
        .isEqualTo("21:00 UTC in standard time (UTC+01:00), 20:00 UTC in daylight saving time (UTC+02:00)");
  }

  @Test
  void theSouthernHemisphereListsStandardTimeFirstToo() {
    assertThat(ScheduleTimes.utc("30 6 * * 1-5", "Australia/Sydney"))
        .isEqualTo("20:30 UTC the day before in standard time (UTC+10:00), "
            + "19:30 UTC the day before in daylight saving time (UTC+11:00)");
  }

  @Test
  void aZoneWithoutDaylightSavingTimeHasOneOffset() {
    assertThat(ScheduleTimes.utc("0 6 * * *", "Asia/Tokyo")).isEqualTo("21:00 UTC the day before (UTC+09:00 all year)");
    assertThat(ScheduleTimes.utc("0 20 * * 1", "America/Panama")).isEqualTo("01:00 UTC the day after (UTC-05:00 all year)");
    assertThat(ScheduleTimes.utc("15 3 * * *", "UTC")).isEqualTo("03:15 UTC");
  }

  @Test
  void whatCannotBeSaidInOneLineIsLeftOut() {
    assertThat(ScheduleTimes.utc("*/15 9-17 * * *", "Europe/Berlin")).isNull();
    assertThat(ScheduleTimes.utc("0 22 * * *", null)).isNull();
    assertThat(ScheduleTimes.local("0 22 * * *")).isEqualTo("22:00");
    assertThat(ScheduleTimes.local("0 9-17 * * *")).isNull();
  }
}
