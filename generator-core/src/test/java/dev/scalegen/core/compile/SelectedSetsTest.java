package dev.scalegen.core.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SG236}: a selected set that the spec does not have is an error of the core, for every front end. */
class SelectedSetsTest {

  private static final String WITH_SCENARIOS = Fixtures.spec("""
      tiers:
        api: { image: a:1, replicas: 2, resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { memory: 64Mi } } }
      scenarios:
        sudden-spike: { tiers: { api: { replicas: 6 } } }
      """);
  private static final String WITHOUT_SCENARIOS = Fixtures.spec("""
      tiers:
        api: { image: a:1, replicas: 2 }
      """);

  private static Result generate(String yaml, List<String> sets) {
    return Generator.generate(new SpecSource("scaling.yaml", yaml), Options.defaults().withScenarios(sets));
  }

  @Test
  void anUnknownNameIsAUsageErrorWithNoManifests() {
    // The old core returned a valid result with no manifests for it.
    Result result = generate(WITH_SCENARIOS, List.of("blackfriday"));
    assertThat(result.valid()).isFalse();
    assertThat(result.usageError()).isTrue();
    assertThat(result.ioFailure()).isFalse();
    assertThat(result.manifests()).isEmpty();
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.code()).isEqualTo(Code.UNKNOWN_SET);
    assertThat(d.code().category()).isEqualTo(Code.Category.USAGE);
    assertThat(d.message()).isEqualTo("the options select set `blackfriday`, which is neither the baseline `base`"
        + " nor a scenario of the spec (`sudden-spike`)");
    assertThat(d.location().line()).isEqualTo(6); // the `scenarios:` key
  }

  @Test
  void oneErrorPerUnknownNameAndNoManifestsForTheKnownOnes() {
    Result result = generate(WITH_SCENARIOS, List.of("base", "sudden-spik", "peak"));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.UNKNOWN_SET, Code.UNKNOWN_SET);
    // Sorted by message at one position: `peak`, then `sudden-spik`.
    assertThat(result.diagnostics().get(0).hint()).startsWith("select `base` or a scenario under `scenarios`");
    assertThat(result.diagnostics().get(1).hint()).isEqualTo("did you mean `sudden-spike`?");
    assertThat(result.manifests()).isEmpty();
  }

  @Test
  void aSpecWithoutScenariosIsNamedAtTheFile() {
    Result result = generate(WITHOUT_SCENARIOS, List.of("peak"));
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.message()).endsWith("nor a scenario of the spec (it has none)");
    assertThat(d.location().line()).isZero();
    assertThat(d.location().file()).isEqualTo("scaling.yaml");
  }

  @Test
  void diffReportsSG236OnceForANameGivenTwiceWithTheDidYouMean() {
    Generator.DiffOutcome outcome = Generator.diff(new SpecSource("scaling.yaml", WITH_SCENARIOS),
        Options.defaults(), "sudden-spik", "sudden-spik");
    assertThat(outcome.diff()).isEmpty();
    assertThat(outcome.result().usageError()).isTrue();
    assertThat(outcome.result().manifests()).isEmpty();
    assertThat(outcome.result().diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.UNKNOWN_SET);
      assertThat(d.hint()).isEqualTo("did you mean `sudden-spike`?");
    });
  }

  @Test
  void validateSetsReportsOnlyTheUnknownSets(@TempDir Path dir) throws IOException {
    // `scalegen explain` reads the sets without generating them.
    Path file = Files.writeString(dir.resolve("scaling.yaml"), WITH_SCENARIOS);
    Result result = Generator.validateSets(file, "scaling.yaml", Options.defaults().withScenarios(List.of("peak")));
    assertThat(result.usageError()).isTrue();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.UNKNOWN_SET);
    assertThat(Generator.validateSets(file, "scaling.yaml", Options.defaults().withScenarios(List.of("base")))
        .diagnostics()).isEmpty();
  }

  @Test
  void knownNamesAndNoNamesAreFine() {
    assertThat(generate(WITH_SCENARIOS, List.of("base", "sudden-spike")).valid()).isTrue();
    assertThat(generate(WITH_SCENARIOS, List.of()).manifests()).isNotEmpty();
    assertThat(SelectedSets.check(Generator.validate(new SpecSource("scaling.yaml", WITH_SCENARIOS)).spec().get(),
        Options.defaults().withScenarios(List.of("sudden-spike")))).isEmpty();
  }
}
