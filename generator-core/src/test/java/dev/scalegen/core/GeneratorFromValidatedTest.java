package dev.scalegen.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.SpecSource;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Generator#generate(Result, Options)}: compiling what {@code validate} returned is {@code generate} itself. */
class GeneratorFromValidatedTest {

  @Test
  void compilingAValidatedSpecGivesWhatGenerateGives() throws Exception {
    SpecSource docvault = new SpecSource("examples/docvault/scaling.yaml", Files.readString(Fixtures.docvault()));
    for (Options options : List.of(Options.defaults(), Options.defaults().withKubernetesVersion("1.27")
        .withScenarios(List.of("sudden-spike")))) {
      Result direct = Generator.generate(docvault, options);
      Result fromValidated = Generator.generate(Generator.validate(docvault), options);
      assertThat(fromValidated.manifests()).isNotEmpty().isEqualTo(direct.manifests());
      assertThat(fromValidated.diagnostics()).isEqualTo(direct.diagnostics());
    }
  }

  @Test
  void optionChecksAreMadeAndAnInvalidSpecComesBackAsItIs() {
    SpecSource spec = new SpecSource("scaling.yaml", Fixtures.spec("tiers:\n  api: { image: a:1, replicas: 2 }\n"));
    Result unknownSet = Generator.generate(Generator.validate(spec), Options.defaults().withScenarios(List.of("nope")));
    assertThat(unknownSet.usageError()).isTrue();
    assertThat(unknownSet.diagnostics()).extracting(d -> d.code()).contains(Code.UNKNOWN_SET);
    assertThat(unknownSet.manifests()).isEmpty();

    Result invalid = Generator.validate(new SpecSource("scaling.yaml", Fixtures.spec("tiers:\n  api: { image: a:1, replicas: 2, autoscaling: { min: 1, max: 3 } }\n")));
    assertThat(invalid.valid()).isFalse();
    assertThat(Generator.generate(invalid, Options.defaults())).isSameAs(invalid);
  }
}
