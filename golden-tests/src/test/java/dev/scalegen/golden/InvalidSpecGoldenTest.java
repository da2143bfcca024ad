package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.simulate.PromiseOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each folder under {@code cases/invalid/} holds a {@code scaling.yaml} and {@code expected.err}:
 * every diagnostic of the spec, rendered as the CLI prints it, as {@code scalegen generate} reports
 * them (so checks that depend on the options are included). An optional {@code options.properties}
 * sets {@code kubernetesVersion}, {@code scenarios} (comma-separated set names) and {@code promises}
 * ({@code true}: the scenarios' promises are simulated as {@code check} does, and each broken one is
 * followed by its time line; load files live next to the spec). The file is
 * named {@code scaling.yaml} in the output, so expectations do not depend on where the tests run.
 * A case of overlay mode keeps its base in a {@code base/} folder next to the spec.
 */
class InvalidSpecGoldenTest {

  static final String SPEC = "scaling.yaml";
  static final String EXPECTED = "expected.err";
  static final String OPTIONS = "options.properties";
  /** The folder of an overlay-mode case's base ({@code base: base} in its spec). */
  static final String BASE = "base";
  /** The folder of the load files that a case's promises name ({@code load: traces/api.csv}). */
  static final String TRACES = "traces";

  @TestFactory
  Stream<DynamicTest> invalidSpecs() {
    return Golden.cases("invalid").stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  /** The diagnostics of the case's spec, rendered. */
  static String render(Path dir) throws IOException {
    Result result = Generator.generate(dir.resolve(SPEC), SPEC, options(dir));
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : result.diagnostics()) {
      out.append(TextRenderer.render(d, result.source().orElse(null)));
    }
    if (promises(dir)) {
      // What `scalegen check` adds: each broken promise, then the time line that breaks it.
      List<PromiseOutcome> outcomes = Generator.checkPromises(result, dir.resolve(SPEC));
      for (PromiseOutcome p : outcomes) {
        p.broken().forEach(d -> out.append(TextRenderer.render(d, result.source().orElse(null))));
      }
      for (PromiseOutcome p : outcomes) {
        if (!p.kept() && !p.timeline().isEmpty()) {
          out.append(p.timelineText());
        }
      }
    }
    return out.toString();
  }

  /** Whether the case's {@code options.properties} sets {@code promises=true}: its promises are simulated as by check. */
  private static boolean promises(Path dir) throws IOException {
    Path file = dir.resolve(OPTIONS);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    return Boolean.parseBoolean(properties.getProperty("promises", "false"));
  }

  private static Options options(Path dir) throws IOException {
    Options options = Options.defaults();
    Path file = dir.resolve(OPTIONS);
    if (Files.isRegularFile(file)) {
      Properties properties = new Properties();
      try (var in = Files.newBufferedReader(file)) {
        properties.load(in);
      }
      options = options.withKubernetesVersion(properties.getProperty("kubernetesVersion", Options.DEFAULT_KUBERNETES_VERSION));
      String scenarios = properties.getProperty("scenarios", "").strip();
      if (!scenarios.isEmpty()) {
        options = options.withScenarios(List.of(scenarios.split("\\s*,\\s*")));
      }
    }
    return options;
  }

  private static void check(Path dir) throws IOException {
    String actual = render(dir);
    assertThat(actual).as("an invalid case must produce at least one diagnostic").isNotEmpty();
    Path expectedFile = dir.resolve(EXPECTED);
    String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      return;
    }
    if (Golden.update()) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      fail("rewrote " + expectedFile + "; review it with git diff and run again without -Dgolden.update");
    }
    assertThat(actual).as("diagnostics of %s (rewrite with -Dgolden.update=true, then review)", dir)
        .isEqualTo(expected == null ? "<no " + EXPECTED + ">" : expected);
  }
}
