package dev.scalegen.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of {@code docs/library.md} is this package's {@link LibraryExample}, compiled by the
 * build against the public API only (it lives outside {@code dev.scalegen.core}), and run here.
 */
class LibraryExampleTest {

  @TempDir Path dir;

  @Test
  void theDocumentedExampleRunsOnDocvault() throws Exception {
    int files = LibraryExample.generate(Fixtures.docvault(), dir.resolve("k8s"));
    // Four sets (the baseline and three scenarios) of 18 files: 12 for the tiers, 5 for the night
    // schedule, and the kustomization.
    assertThat(files).isEqualTo(4 * 18);
    assertThat(dir.resolve("k8s/base/kustomization.yaml")).exists();
  }

  @Test
  void theDocumentationShowsExactlyThisExample() throws Exception {
    Path root = Fixtures.docvault().getParent().getParent().getParent();
    String doc = Files.readString(root.resolve("docs/library.md"));
    String source = Files.readString(root.resolve(
        "generator-core/src/test/java/dev/scalegen/example/LibraryExample.java"));
    assertThat(doc).contains("```java\n" + source + "```\n");
  }
}
