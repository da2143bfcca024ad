package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift located at the part of the spec whose output differs: the usual drift (spec edited, output not regenerated). */
class SpecDriftTest {

  @TempDir
  Path dir;

  Path spec;
  Path out;
  String original;

  @BeforeEach
  void generateTheCommittedOutput() throws IOException {
    original = Files.readString(Fixtures.docvault());
    spec = Files.writeString(dir.resolve("scaling.yaml"), original);
    out = dir.resolve("k8s");
    OutputWriter.write(Generator.generate(spec, "scaling.yaml", Options.defaults()), out);
  }

  private List<SpecDrift> driftAfter(String from, String to) throws IOException {
    assertThat(original).contains(from);
    Files.writeString(spec, original.replace(from, to));
    Result result = Generator.generate(spec, "scaling.yaml", Options.defaults());
    return SpecDrift.of(result, OutputComparison.compare(result, out), "k8s", "scaling.yaml");
  }

  private int lineOf(String text) {
    return original.substring(0, original.indexOf(text)).split("\n", -1).length;
  }

  @Test
  void aTierEditedInTheSpecIsOneResultAtTheTierSpanningItsBlockNamingTheFile() throws IOException {
    List<SpecDrift> drift = driftAfter("{ min: 5, max: 50,", "{ min: 5, max: 60,");
    assertThat(drift).hasSize(1);
    SpecDrift backend = drift.get(0);
    assertThat(backend.diagnostic().code()).isEqualTo(Code.OUTPUT_DRIFT);
    assertThat(backend.diagnostic().location().file()).isEqualTo("scaling.yaml");
    assertThat(backend.diagnostic().location().line()).isEqualTo(lineOf("  backend:\n"));
    assertThat(backend.diagnostic().location().specPath()).isEqualTo("/tiers/backend");
    assertThat(backend.endLine()).isGreaterThan(lineOf("{ min: 5, max: 50,")).isLessThan(lineOf("  frontend:\n"));
    assertThat(backend.diagnostic().message())
        .isEqualTo("`tiers.backend` compiles to a file that differs from `k8s`: `base/backend/hpa.yaml` (changed)");
    assertThat(backend.diagnostic().hint()).isEqualTo("run `scalegen generate scaling.yaml -o k8s` and commit the result");
    assertThat(backend.paths()).containsExactly("base/backend/hpa.yaml");
    assertThat(backend.files()).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo("k8s/base/backend/hpa.yaml");
      assertThat(f.location().line()).isPositive();
      assertThat(f.message()).contains("maxReplicas: 50", "maxReplicas: 60");
    });
  }

  @Test
  void aScenarioOverrideEditedAloneIsLocatedAtTheScenariosOverride() throws IOException {
    List<SpecDrift> drift = driftAfter("celery-worker: { autoscaling: { max: 50 } }",
        "celery-worker: { autoscaling: { max: 60 } }");
    assertThat(drift).singleElement().satisfies(d -> {
      assertThat(d.diagnostic().location().specPath()).isEqualTo("/scenarios/sustained-high/tiers/celery-worker");
      assertThat(d.diagnostic().location().line()).isEqualTo(lineOf("celery-worker: { autoscaling: { max: 50 } }"));
      assertThat(d.paths()).containsExactly("sustained-high/celery-worker/scaledobject.yaml");
    });
  }

  @Test
  void aScheduleEditedInTheBaselineIsOneResultAtTheScheduleListingEverySetsCronJob() throws IOException {
    List<SpecDrift> drift = driftAfter("from: \"22:00\"", "from: \"23:00\"");
    assertThat(drift).singleElement().satisfies(d -> {
      assertThat(d.diagnostic().location().specPath()).isEqualTo("/schedules/night");
      assertThat(d.diagnostic().location().line()).isEqualTo(lineOf("  night:\n"));
      assertThat(d.endLine()).isEqualTo(lineOf("      frontend: { min: 2 }\n\nscenarios"));
      assertThat(d.paths()).containsExactly("base/scheduler/cronjob-night-enter.yaml",
          "gradual-growth/scheduler/cronjob-night-enter.yaml", "sudden-spike/scheduler/cronjob-night-enter.yaml");
      assertThat(d.diagnostic().message()).startsWith("`schedules.night` compiles to 3 files that differ from `k8s`: "
          + "`base/scheduler/cronjob-night-enter.yaml` (changed), ");
    });
  }

  @Test
  void aRenamedTierIsLocatedAtTheNewTierAndItsStaleFilesAtTheTiersMap() throws IOException {
    List<SpecDrift> drift = driftAfter("  redis:\n", "  cache:\n");
    assertThat(drift).extracting(d -> d.diagnostic().location().specPath()).contains("/tiers", "/tiers/cache");
    SpecDrift stale = drift.stream().filter(d -> d.diagnostic().location().specPath().equals("/tiers")).findFirst().orElseThrow();
    assertThat(stale.paths()).contains("base/redis/statefulset.yaml", "base/kustomization.yaml");
    assertThat(stale.diagnostic().message()).contains("(stale)").contains(" more");
  }
}
