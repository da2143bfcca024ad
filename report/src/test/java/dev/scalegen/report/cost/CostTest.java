package dev.scalegen.report.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scalegen.report.Report;
import dev.scalegen.report.ReportFiles;
import dev.scalegen.report.ReportOptions;
import dev.scalegen.report.SpecFixtures;
import dev.scalegen.report.capacity.SetCapacity;
import dev.scalegen.report.capacity.SetCost;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DocVault's cost with a price file, worked out by hand here; and no currency without one. */
class CostTest {

  static final Path DOCVAULT = Path.of("../examples/docvault/scaling.yaml");

  @TempDir
  Path dir;

  SetCost cost(String prices, String week) {
    Path file = SpecFixtures.write(dir, "prices.yaml", prices);
    Report.Outcome outcome = Report.build(DOCVAULT, "scaling.yaml", ReportOptions.of(LocalDate.parse(week)).withPrices(file));
    assertThat(outcome.valid()).as(outcome.diagnostics().toString()).isTrue();
    SetCapacity base = outcome.report().sets().get(0);
    assertThat(base.name()).isEqualTo("base");
    return base.cost();
  }

  static final String RESOURCES = "currency: EUR\nvcpuHour: 0.04\ngibHour: 0.005\nspotDiscount: 60%\n";

  // By day, at the minima: spot 5 backend (2 vCPU, 2 GiB) + 2 Celery (1, 1; KEDA's minimum) = 12
  // vCPU, 12 GiB, less 60 %: (0.48 + 0.06) x 0.4 = 0.216; other: 3 frontend (0.25, 0.25) + redis
  // (0.5, 1) = 1.25 vCPU, 1.75 GiB: 0.05 + 0.00875. At night backend and frontend keep 2: spot 6
  // vCPU, 6 GiB: 0.108; other 1 vCPU, 1.5 GiB: 0.0475.
  static final double DAY = 0.216 + 0.05875;
  static final double NIGHT = 0.108 + 0.0475;

  @Test
  void resourcePricesWithTheSpotDiscount() {
    SetCost cost = cost(RESOURCES, "2027-03-15");
    assertThat(cost.currency()).isEqualTo("EUR");
    assertThat(cost.hourAtMin()).isCloseTo(DAY, within(1e-9));
    assertThat(cost.monthAtMin()).isCloseTo(DAY * 730, within(1e-6));
    // At the maxima: spot 50 backend + 30 Celery = 130 vCPU, 130 GiB; other 20 frontend + redis = 5.5, 6.
    assertThat(cost.hourAtMax()).isCloseTo((130 * 0.04 + 130 * 0.005) * 0.4 + 5.5 * 0.04 + 6 * 0.005, within(1e-9));
    // The night window: 8 hours a night, 7 nights.
    assertThat(cost.weekAtMin()).isCloseTo(112 * DAY + 56 * NIGHT, within(1e-6));
  }

  @Test
  void aWeekOfADaylightSavingChangeCountsTheHoursThatPass() {
    // 2027-03-28 in Berlin: the night of Saturday has 7 hours, the week 167.
    SetCost cost = cost(RESOURCES, "2027-03-22");
    assertThat(cost.weekAtMin()).isCloseTo(112 * DAY + 55 * NIGHT, within(1e-6));
  }

  @Test
  void nodeHourPricesCountThePackedNodes() {
    SetCost cost = cost("""
        currency: USD
        pools:
          spot: { nodeHour: 0.10, nodeShape: { cpu: 4, memory: 16Gi, allocatable: 100% } }
          other: { nodeHour: 0.30 }
        """, "2027-03-15");
    // Spot at the minima: 5 pods of 2 vCPU and 2 of 1 vCPU on 4-vCPU nodes: 12 vCPU, 3 nodes.
    // Other: 1.25 vCPU on one default node (8 vCPU, 90 %).
    assertThat(cost.hourAtMin()).isCloseTo(3 * 0.10 + 0.30, within(1e-9));
  }

  @Test
  void theExamplePriceFileOfDocVaultIsValid() {
    Report.Outcome outcome = Report.build(DOCVAULT, "scaling.yaml", ReportOptions.of(LocalDate.parse("2027-03-15"))
        .withPrices(Path.of("../examples/docvault/prices.yaml")));
    assertThat(outcome.valid()).as(outcome.diagnostics().toString()).isTrue();
    assertThat(outcome.report().currency()).isEqualTo("USD");
    // Spot nodes of 4 vCPU at 90 % (3.6): 5 backend pods (2 vCPU) a node each, and KEDA's minimum of
    // 2 Celery pods (1 vCPU) beside two of them: 5 nodes.
    assertThat(outcome.report().sets().get(0).pools().get(0).nodesAtMin()).isEqualTo(5);
  }

  @Test
  void withoutPricesNoCostAndNoCurrencyInAnyForm() {
    Report.Outcome outcome = Report.build(DOCVAULT, "scaling.yaml", ReportOptions.of(LocalDate.parse("2027-03-15")));
    assertThat(outcome.report().currency()).isNull();
    assertThat(outcome.report().sets()).allMatch(s -> s.cost() == null);
    for (ReportFiles.Format format : ReportFiles.Format.values()) {
      ReportFiles.render(outcome.report(), format).forEach((name, text) ->
          assertThat(text).as(name).doesNotContain("EUR", "USD", "Per hour", "\"cost\""));
    }
  }

  @Test
  void withPricesEveryFormShowsTheCurrencyAndTheSameCost() {
    Path file = SpecFixtures.write(dir, "prices.yaml", RESOURCES);
    Report.Outcome outcome = Report.build(DOCVAULT, "scaling.yaml",
        ReportOptions.of(LocalDate.parse("2027-03-15")).withPrices(file));
    String month = String.format(java.util.Locale.ROOT, "%.2f", DAY * 730);
    assertThat(ReportFiles.render(outcome.report(), ReportFiles.Format.html).get("report.html")).contains("EUR", month);
    assertThat(ReportFiles.render(outcome.report(), ReportFiles.Format.markdown).get("report.md")).contains("EUR", month);
    assertThat(ReportFiles.render(outcome.report(), ReportFiles.Format.json).get("report.json"))
        .contains("\"currency\" : \"EUR\"", "\"monthAtMin\" : " + month);
  }
}
