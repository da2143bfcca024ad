package dev.scalegen.core.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Diagnostic;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Load files. The trace below is shaped like an export of Prometheus' HTTP API ({@code query_range}
 * of {@code sum(rate(container_cpu_usage_seconds_total{container="backend"}[1m]))}, step 15 s,
 * Unix times, then turned into CSV): a made-up trace, since no recorded HPA trace with a licence that
 * allows shipping it was found.
 */
class LoadFileTest {

  private static final String PROMETHEUS = """
      # sum(rate(container_cpu_usage_seconds_total{container="backend"}[1m])), step 15s
      "time","value","instance"
      1714557600,6.84,"backend"
      1714557615,7.02,"backend"
      1714557630,41.9,"backend"

      1714557645,68.5,"backend"
      """;

  @Test
  void readsUnixTimesFromTheFirstRowAndHoldsEachValueUntilTheNextRow() {
    LoadFile.Parsed parsed = LoadFile.parse(PROMETHEUS, "backend.csv");
    assertThat(parsed.problems()).isEmpty();
    LoadTrace t = parsed.trace();
    assertThat(t.seconds()).containsExactly(0, 15, 30, 45);
    assertThat(t.cpu()).containsExactly(6.84, 7.02, 41.9, 68.5);
    assertThat(t.cpuUtilization()).isNull();
    assertThat(LoadTrace.at(t.seconds(), t.cpu(), Duration.ofSeconds(29))).isEqualTo(7.02);
    assertThat(LoadTrace.at(t.seconds(), t.cpu(), Duration.ofMinutes(5))).isEqualTo(68.5);
    assertThat(t.length()).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void readsDurationsDateTimesPercentagesAndQuantities() {
    LoadTrace t = LoadFile.parse("time,utilization,memory\n0s,70%,3Gi\n1m30s,85,3.5Gi\n", "t.csv").trace();
    assertThat(t.seconds()).containsExactly(0, 90);
    assertThat(t.cpuUtilization()).containsExactly(70, 85);
    assertThat(t.memory()).containsExactly(3.0 * (1 << 30), 3.5 * (1 << 30));
    LoadTrace iso = LoadFile.parse("time,cpu\n2024-05-01T10:00:00Z,1500m\n2024-05-01T12:00:15+02:00,2\n", "i.csv")
        .trace();
    assertThat(iso.seconds()).containsExactly(0, 15);
    assertThat(iso.cpu()).containsExactly(1.5, 2);
  }

  @Test
  void everyBadCellIsReportedAtItsLineAndColumn() {
    LoadFile.Parsed parsed = LoadFile.parse("time,cpu\n0,1\n15,-2\nsoon,3\n", "bad.csv");
    assertThat(parsed.trace()).isNull();
    assertThat(parsed.problems()).extracting(d -> d.code().id() + " " + d.location().line() + ":"
        + d.location().column()).containsExactly("SG604 3:4", "SG604 4:1");
  }

  @Test
  void headersWithoutTimeOrValueOrWithTwoCpuLoadsAreRefused() {
    assertThat(codes("when,cpu\n0,1\n")).containsExactly("SG603");
    assertThat(codes("time,cpu,utilization\n0,1,50\n")).containsExactly("SG603");
    assertThat(codes("time,cpu\n")).containsExactly("SG604");
    assertThat(codes("time,cpu\n15,1\n15,2\n")).containsExactly("SG605");
  }

  private static java.util.List<String> codes(String text) {
    return LoadFile.parse(text, "f.csv").problems().stream().map(Diagnostic::code).map(c -> c.id()).toList();
  }
}
