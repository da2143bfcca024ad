package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per folder of {@code cases/valid}: the spec in {@code scaling.yaml} must compile to
 * exactly the files under {@code expected/}, byte for byte, no more and no fewer. With
 * {@code -Dgolden.update=true} the expected files are rewritten and the test still fails, so that
 * the rewrite is reviewed in {@code git diff} before it is committed.
 */
class ManifestGoldenTest {

  @TestFactory
  Stream<DynamicTest> everyValidCaseCompilesToItsExpectedFiles() {
    return GoldenCases.valid().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void thereAreEnoughCasesToCoverTheOutput() {
    assertThat(GoldenCases.valid()).hasSizeGreaterThanOrEqualTo(20);
  }

  /**
   * The {@code docvault} and {@code online-boutique} cases are the examples of the same name under
   * {@code examples/}, apart from the schema line: the examples' output is reviewed as goldens.
   */
  @ParameterizedTest
  @ValueSource(strings = {"docvault", "online-boutique"})
  void theExampleCasesAreTheExamples(String name) throws IOException {
    Path example = Golden.casesRoot().getParent().getParent().resolve("examples/" + name + "/scaling.yaml");
    Path golden = Golden.casesRoot().resolve("valid/" + name + "/scaling.yaml");
    assertThat(withoutFirstLine(Files.readString(golden)))
        .as("copy examples/%s/scaling.yaml to %s (keeping its first line) and run -Dgolden.update=true", name, golden)
        .isEqualTo(withoutFirstLine(Files.readString(example)));
  }

  private static String withoutFirstLine(String text) {
    return text.substring(text.indexOf('\n') + 1);
  }

  private static void check(Path dir) throws IOException {
    Map<String, String> actual = GoldenCases.generate(dir).stream()
        .collect(Collectors.toMap(Manifest::path, Manifest::content, (a, b) -> a, TreeMap::new));
    Path expectedDir = dir.resolve("expected");
    if (Golden.update()) {
      rewrite(expectedDir, actual);
      throw new AssertionError("rewrote " + expectedDir + " (golden.update): review it with git diff, "
          + "then run again without -Dgolden.update");
    }
    Map<String, String> expected = read(expectedDir);
    assertThat(actual.keySet()).as("files generated for " + dir + " (orphaned or missing expected files)")
        .containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, String> file : actual.entrySet()) {
      assertThat(file.getValue()).as(expectedDir.resolve(file.getKey()).toString()).isEqualTo(expected.get(file.getKey()));
    }
  }

  private static Map<String, String> read(Path expectedDir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(expectedDir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(expectedDir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String relative = expectedDir.relativize(p).toString().replace('\\', '/');
        files.put(relative, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void rewrite(Path expectedDir, Map<String, String> files) throws IOException {
    if (Files.isDirectory(expectedDir)) {
      try (Stream<Path> walk = Files.walk(expectedDir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = expectedDir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
