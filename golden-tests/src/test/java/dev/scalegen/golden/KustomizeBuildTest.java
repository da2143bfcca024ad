package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.emit.OutputWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated set (the baseline's folder and each scenario's), written the way
 * {@code scalegen generate} writes it, must build alone with {@code kubectl kustomize} (what
 * {@code kubectl apply -k} runs first). Skipped, with a message, when {@code kubectl} is not on the
 * PATH.
 */
class KustomizeBuildTest {

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyGeneratedSetBuildsWithKubectlKustomize() {
    Path kubectl = kubectl();
    Assumptions.assumeTrue(kubectl != null,
        "kubectl is not on the PATH: skipping `kubectl kustomize` of the generated sets");
    return GoldenCases.valid().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Path out = work.resolve(dir.getFileName().toString());
      List<Manifest> manifests = GoldenCases.generate(dir);
      OutputWriter.write(manifests, out);
      List<String> sets = manifests.stream().map(m -> m.path().substring(0, m.path().indexOf('/'))).distinct().toList();
      assertThat(sets).contains("base");
      for (String set : sets) {
        Process p = new ProcessBuilder(kubectl.toString(), "kustomize", out.resolve(set).toString())
            .redirectErrorStream(true)
            .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
        assertThat(p.exitValue()).as("kubectl kustomize %s:%n%s", out.resolve(set), output).isZero();
        assertThat(output).contains("kind: ");
      }
    }));
  }

  private static Path kubectl() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
