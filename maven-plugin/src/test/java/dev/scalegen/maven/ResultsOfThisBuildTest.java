package dev.scalegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals of one build share the reading, validating and compiling of a spec, and only while its text is the same. */
class ResultsOfThisBuildTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "maven-project", "scaling.yaml");

  @TempDir
  Path dir;

  @Test
  void theGoalsOfOneBuildValidateAndCompileASpecOnce() throws IOException {
    SpecFile spec = copy();
    Map<String, Object> context = new HashMap<>();
    Result validated = ResultsOfThisBuild.validated(context, spec);
    assertThat(ResultsOfThisBuild.validated(context, spec)).isSameAs(validated);
    // generate and check write to different directories: the same compilation serves both.
    Result generated = ResultsOfThisBuild.generated(context, spec, Options.defaults().withOutputDirectory(dir.resolve("a")));
    assertThat(ResultsOfThisBuild.generated(context, spec, Options.defaults().withOutputDirectory(dir.resolve("b"))))
        .isSameAs(generated);
    assertThat(generated.manifests()).isEqualTo(Generator.generate(spec.path(), spec.name(), Options.defaults()).manifests());
    // Options a result depends on are part of the key.
    Result older = ResultsOfThisBuild.generated(context, spec, Options.defaults().withKubernetesVersion("1.27"));
    assertThat(older).isNotSameAs(generated);
    assertThat(ResultsOfThisBuild.generated(context, spec, Options.defaults().withScenarios(List.of("base"))))
        .isNotSameAs(generated);
    // Another build (another context) starts afresh.
    Result again = ResultsOfThisBuild.validated(new HashMap<>(), spec);
    assertThat(again).isNotSameAs(validated);
    assertThat(again.source()).isEqualTo(validated.source());
  }

  @Test
  void aSpecEditedBetweenTwoGoalsIsReadAndValidatedAgain() throws IOException {
    SpecFile spec = copy();
    Map<String, Object> context = new HashMap<>();
    Result before = ResultsOfThisBuild.generated(context, spec, Options.defaults());
    assertThat(before.valid()).isTrue();
    Files.writeString(spec.path(), Files.readString(spec.path()).replace("max: ", "max: 0"));
    Result after = ResultsOfThisBuild.generated(context, spec, Options.defaults());
    assertThat(after.source().orElseThrow().text()).isEqualTo(Files.readString(spec.path()));
    assertThat(ResultsOfThisBuild.validated(context, spec)).isNotSameAs(before);
    Files.delete(spec.path());
    assertThat(ResultsOfThisBuild.validated(context, spec).ioFailure()).isTrue();
  }

  private SpecFile copy() throws IOException {
    Path spec = dir.resolve("scaling.yaml");
    Files.copy(EXAMPLE, spec);
    return new SpecFile(spec, "scaling.yaml");
  }
}
