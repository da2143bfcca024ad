package dev.scalegen.report.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.report.SpecFixtures;
import dev.scalegen.report.nodes.NodeShape;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceFileTest {

  @TempDir
  Path dir;

  PriceFile.Outcome read(String text) {
    return PriceFile.read(SpecFixtures.write(dir, "prices.yaml", text), "prices.yaml", Set.of("spot", "other"));
  }

  static List<String> lines(PriceFile.Outcome outcome) {
    return outcome.diagnostics().stream()
        .map(d -> d.code().id() + " " + d.location().line() + ":" + d.location().column() + " " + d.message()).toList();
  }

  @Test
  void aCompleteFile() {
    PriceFile.Outcome outcome = read("""
        currency: EUR
        vcpuHour: 0.04
        gibHour: 0.005
        spotDiscount: 65%
        nodeShape: { cpu: 16, memory: 64Gi, pods: 58, allocatable: 92% }
        pools:
          spot: { spot: true, nodeShape: { cpu: 4 } }
        """);
    assertThat(outcome.diagnostics()).isEmpty();
    Prices prices = outcome.prices();
    assertThat(prices.currency()).isEqualTo("EUR");
    assertThat(prices.spotDiscount()).isEqualTo(0.65);
    assertThat(prices.shape("other")).isEqualTo(new NodeShape(16, 64, 58, 0.92));
    assertThat(prices.shape("spot")).isEqualTo(new NodeShape(4, 64, 58, 0.92));
  }

  @Test
  void nodeShapesAloneGiveNoCurrency() {
    PriceFile.Outcome outcome = read("nodeShape: { cpu: 4, memory: 16Gi }\n");
    assertThat(outcome.prices().priced()).isFalse();
    assertThat(outcome.prices().currency()).isNull();
  }

  @Test
  void everyMistakeIsReportedWhereItIs() {
    PriceFile.Outcome outcome = read("""
        currency: EUR
        vcpuHour: -1
        gibHour: 0.005
        spotDiscount: 165%
        nodeShape: { cpu: lots, memory: 16Gi, pods: 0, allocatble: 90% }
        pools:
          spto: { nodeHour: 0.1 }
        """);
    assertThat(outcome.prices()).isNull();
    assertThat(lines(outcome)).containsExactlyInAnyOrder(
        "SG502 2:11 `vcpuHour` must be a price, a number of 0 or more, not `-1`",
        "SG502 4:15 `spotDiscount` must be a percentage from 0% to 100%, not `165%`",
        "SG502 5:19 `nodeShape.cpu` must be a Kubernetes quantity above 0, not `lots`",
        "SG502 5:45 `nodeShape.pods` must be a whole number of 1 or more, not `0`",
        "SG501 5:48 `allocatble` is not a key of `nodeShape`",
        "SG504 7:3 `pools.spto` is not a pool of the spec, so its prices are not used");
  }

  @Test
  void pricesWithoutACurrencyOrWithHalfTheResourcePricesAreIncomplete() {
    assertThat(lines(read("vcpuHour: 0.04\ngibHour: 0.005\n")))
        .containsExactly("SG503 1:1 the price file sets prices but no `currency`");
    assertThat(lines(read("currency: EUR\nvcpuHour: 0.04\n")))
        .containsExactly("SG503 2:1 the price file sets `vcpuHour` without `gibHour`");
    assertThat(lines(read("currency: EUR\npools: { spot: { nodeHour: 0.1 } }\n")))
        .containsExactly("SG503 1:1 pool `other` has no `nodeHour` and the price file no `vcpuHour` and `gibHour`");
  }

  @Test
  void aMissingFileOrBrokenYamlIsTheCoresReadingError() {
    PriceFile.Outcome missing = PriceFile.read(dir.resolve("none.yaml"), "none.yaml", Set.of());
    assertThat(missing.diagnostics()).extracting(Diagnostic::code).extracting(c -> c.id()).containsExactly("SG001");
    assertThat(read("currency: [EUR\n").diagnostics()).extracting(d -> d.code().id()).contains("SG005");
  }
}
