package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.adopt.ImportOptions;
import dev.scalegen.core.adopt.ImportResult;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.TextRenderer;
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
 * Each folder under {@code cases/import/} is one {@code scalegen import}: its manifests are the
 * folder {@code input/}, or the paths listed in {@code inputs} (one a line, relative to the
 * repository, such as {@code examples/docvault-adopt/deploy/k8s}); {@code options.properties} may
 * set {@code name}, and {@code adopt=true} for an overlay spec ({@code --adopt}), written as if next
 * to the inputs' folder (the case folder, or the repository), so that its {@code base} is relative
 * to that. {@code expected.err} holds every diagnostic rendered as the CLI prints it (the
 * manifests' first, then the written spec's, named {@code scaling.yaml}), {@code expected.yaml} the
 * spec written, when one is. Files are named relative to the case folder or the repository, so the
 * expectations do not depend on where the tests run.
 */
class ImportGoldenTest {

  static final String INPUT = "input";
  static final String INPUTS = "inputs";
  static final String OPTIONS = "options.properties";
  static final String EXPECTED_ERR = "expected.err";
  static final String EXPECTED_SPEC = "expected.yaml";

  @TestFactory
  Stream<DynamicTest> imports() {
    return Golden.cases("import").stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  /** The import of a case: its result, and the prefix to strip from file names to make them relative. */
  record Run(ImportResult result, String prefix) {}

  static Run run(Path dir) throws IOException {
    Path cwd = Path.of("").toAbsolutePath();
    Path base = Files.isRegularFile(dir.resolve(INPUTS)) ? Golden.casesRoot().getParent().getParent() : dir;
    List<Path> inputs = Files.isRegularFile(dir.resolve(INPUTS))
        ? Files.readAllLines(dir.resolve(INPUTS)).stream().map(String::strip).filter(l -> !l.isEmpty())
            .map(l -> cwd.relativize(base.resolve(l).toAbsolutePath().normalize())).toList()
        : List.of(cwd.relativize(dir.resolve(INPUT).toAbsolutePath()));
    Properties options = new Properties();
    if (Files.isRegularFile(dir.resolve(OPTIONS))) {
      try (var in = Files.newBufferedReader(dir.resolve(OPTIONS))) {
        options.load(in);
      }
    }
    boolean adopt = Boolean.parseBoolean(options.getProperty("adopt"));
    String output = adopt ? cwd.relativize(base.resolve("scaling.yaml").toAbsolutePath().normalize()).toString() : "scaling.yaml";
    ImportResult result = Generator.importManifests(inputs, new ImportOptions(options.getProperty("name"), output, adopt));
    String prefix = cwd.relativize(base.toAbsolutePath().normalize()) + "/";
    return new Run(result, prefix.equals("/") ? "" : prefix);
  }

  private static void check(Path dir) throws IOException {
    Run run = run(dir);
    StringBuilder err = new StringBuilder();
    for (Result r : run.result().reports()) {
      for (Diagnostic d : r.diagnostics()) {
        err.append(TextRenderer.render(d, r.source().orElse(null)));
      }
    }
    compare(dir.resolve(EXPECTED_ERR), strip(err.toString(), run.prefix()));
    if (run.result().spec().isPresent()) {
      String spec = strip(run.result().spec().get(), run.prefix());
      compare(dir.resolve(EXPECTED_SPEC), spec);
      assertThat(run.result().validation().valid()).as("the written spec validates").isTrue();
    } else {
      assertThat(dir.resolve(EXPECTED_SPEC)).as("no spec is written for this case").doesNotExist();
    }
  }

  private static String strip(String text, String prefix) {
    return prefix.isEmpty() ? text : text.replace(prefix, "");
  }

  private static void compare(Path expectedFile, String actual) throws IOException {
    String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      return;
    }
    if (Golden.update()) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      fail("rewrote " + expectedFile + "; review it with git diff and run again without -Dgolden.update");
    }
    assertThat(actual).as("%s (rewrite with -Dgolden.update=true, then review)", expectedFile)
        .isEqualTo(expected == null ? "<no " + expectedFile.getFileName() + ">" : expected);
  }
}
