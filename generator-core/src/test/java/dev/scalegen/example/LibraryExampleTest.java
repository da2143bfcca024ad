package dev.scalegen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.core.Fixtures;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of {@code docs/library.md} is this package's {@link LibraryExample}, compiled by the
 * build against the public API only (it lives outside {@code dev.scalegen.core}), and run here.
 * The page is checked against the API: every Java block on it is a file of this package, every
 * {@code Class.method(} it names is a public method, and every public entry point of the front-door
 * classes is named on it.
 */
class LibraryExampleTest {

  private static final Path ROOT = Fixtures.docvault().getParent().getParent().getParent();
  private static final Path EXAMPLES = ROOT.resolve("generator-core/src/test/java/dev/scalegen/example");
  private static final List<String> PACKAGES = List.of("dev.scalegen.core", "dev.scalegen.core.emit",
      "dev.scalegen.core.diag", "dev.scalegen.core.spec", "dev.scalegen.core.adopt", "dev.scalegen.core.validate.rules",
      "dev.scalegen.example", "java.util",
      "java.nio.file");

  @TempDir Path dir;

  private static String page() throws IOException {
    return Files.readString(ROOT.resolve("docs/library.md"));
  }

  @Test
  void theDocumentedExampleRunsOnDocvault() throws Exception {
    int files = LibraryExample.generate(Fixtures.docvault(), dir.resolve("k8s"), List.of());
    // Four sets (the baseline and three scenarios) of 19 files: 13 for the tiers (the Celery
    // workers' ScaledObject among them), 5 for the night schedule, and the kustomization;
    // sustained-high switches the night off (no 5 scheduler files).
    assertThat(files).isEqualTo(4 * 19 - 5);
    assertThat(dir.resolve("k8s/base/kustomization.yaml")).exists();
    assertThat(LibraryExample.check(Fixtures.docvault(), dir.resolve("k8s"), List.of())).isTrue();
    // One set again, then checked alone: the other sets' folders are left as they were.
    assertThat(LibraryExample.generate(Fixtures.docvault(), dir.resolve("k8s"), List.of("sudden-spike")))
        .isEqualTo(19);
    assertThat(LibraryExample.check(Fixtures.docvault(), dir.resolve("k8s"), List.of())).isTrue();
    assertThatThrownBy(() -> LibraryExample.generate(Fixtures.docvault(), dir.resolve("k8s"), List.of("blackfriday")))
        .hasMessageContaining("error[SG236]");
    assertThat(LibraryExample.check(Fixtures.docvault(), dir.resolve("k8s"), List.of())).isTrue();
  }

  @Test
  void theDocumentationShowsExactlyThisExample() throws Exception {
    String source = Files.readString(EXAMPLES.resolve("LibraryExample.java"));
    assertThat(page()).contains("```java\n" + source + "```\n");
  }

  @Test
  void everyJavaBlockOnThePageIsACompiledFile() throws Exception {
    List<String> compiled = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        compiled.add(Files.readString(f));
      }
    }
    Matcher block = Pattern.compile("```java\n(.*?)```\n", Pattern.DOTALL).matcher(page());
    int blocks = 0;
    while (block.find()) {
      blocks++;
      assertThat(compiled).as("a Java block of docs/library.md is a file of %s", EXAMPLES).contains(block.group(1));
    }
    assertThat(blocks).isPositive();
  }

  @Test
  void everyCallThePageNamesIsAPublicMethod() throws Exception {
    Matcher call = Pattern.compile("\\b([A-Z][A-Za-z]*)\\.([a-z][A-Za-z]*)\\(").matcher(page());
    int calls = 0;
    while (call.find()) {
      calls++;
      Class<?> type = apiClass(call.group(1));
      assertThat(type).as("`%s` on docs/library.md is a class of scalegen's API", call.group(1)).isNotNull();
      assertThat(Arrays.stream(type.getMethods()).map(Method::getName))
          .as("`%s.%s(` on docs/library.md", call.group(1), call.group(2)).contains(call.group(2));
    }
    assertThat(calls).isGreaterThan(10);
  }

  @Test
  void everyEntryPointOfTheFrontDoorClassesIsOnThePage() throws Exception {
    String page = page();
    for (String name : List.of("Generator", "OutputWriter", "OutputComparison")) {
      for (Method m : apiClass(name).getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
          assertThat(page).as("docs/library.md names %s.%s", name, m.getName())
              .contains(name + "." + m.getName() + "(");
        }
      }
    }
  }

  /** The public class of scalegen named {@code simpleName}, nested ones too ({@code OutputWriter.Report}), or null. */
  private static Class<?> apiClass(String simpleName) {
    for (String pkg : PACKAGES) {
      try {
        Class<?> type = Class.forName(pkg + "." + simpleName);
        return Modifier.isPublic(type.getModifiers()) ? type : null;
      } catch (ClassNotFoundException e) {
        // another package
      }
    }
    return null;
  }
}
