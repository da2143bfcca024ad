package dev.scalegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report goal keeps no up-to-date marker: what it depends on is not all in the marker's key. */
class ReportMojoTest {

  @Test
  void theReportAlwaysRunsInsteadOfReplayingAnEarlierLog() {
    assertThat(new ReportMojo().upToDate(List.of())).isNull();
  }
}
