package dev.scalegen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

  @Test
  void anyDayNamesItsWeekFromMonday() {
    assertThat(ReportOptions.of(LocalDate.parse("2027-03-28")).monday()).isEqualTo(LocalDate.parse("2027-03-22"));
    assertThat(ReportOptions.of(LocalDate.parse("2027-03-22")).monday()).isEqualTo(LocalDate.parse("2027-03-22"));
  }

  @Test
  void aWeekIsADate() {
    assertThat(ReportOptions.parseWeek(" 2027-03-28 ").date()).isEqualTo(LocalDate.parse("2027-03-28"));
    ReportOptions.Week bad = ReportOptions.parseWeek("28.03.2027");
    assertThat(bad.date()).isNull();
    assertThat(bad.problem().code().id()).isEqualTo("SG506");
  }

  @Test
  void docVaultsDaylightSavingWeekInJsonHasTheNightsAtTheirLocalTimesAndMovingUtcInstants() {
    Report.Outcome outcome = Report.build(Path.of("../examples/docvault/scaling.yaml"), "scaling.yaml",
        ReportOptions.of(LocalDate.parse("2027-03-28")));
    String json = ReportFiles.render(outcome.report(), ReportFiles.Format.json).get("report.json");
    assertThat(json).contains("\"monday\" : \"2027-03-22\"", "\"offsets\" : \"UTC+01:00, UTC+02:00 from Sun 28 Mar 03:00\"");
    // The morning step at 06:00 local: 05:00 UTC on Saturday, 04:00 UTC on Sunday after the change.
    assertThat(json).containsPattern("\"from\" : \"Sat 2027-03-27 06:00\",\\s*\"fromUtc\" : \"2027-03-27T05:00:00Z\"");
    assertThat(json).containsPattern("\"from\" : \"Sun 2027-03-28 06:00\",\\s*\"fromUtc\" : \"2027-03-28T04:00:00Z\"");
  }
}
