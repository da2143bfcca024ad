package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputComparisonTest {

  @TempDir Path dir;

  private static List<Manifest> manifests(String tiers) {
    return Fixtures.generate(Fixtures.spec(tiers)).manifests();
  }

  @Test
  void anUpToDateDirectoryHasNoDifferences() throws IOException {
    List<Manifest> set = manifests("tiers:\n  api: { image: a:1, replicas: 2 }\n");
    OutputWriter.write(set, dir);
    Files.writeString(dir.resolve("notes.txt"), "foreign files are ignored\n");
    assertThat(OutputComparison.compare(set, dir)).isEmpty();
  }

  @Test
  void reportsMissingChangedAndStaleFiles() throws IOException {
    OutputWriter.write(manifests("tiers:\n  api: { image: a:1, replicas: 2 }\n  old: { image: a:1, replicas: 1 }\n"), dir);
    List<Manifest> now = manifests("tiers:\n  api: { image: a:1, replicas: 3 }\n  new: { image: a:1, replicas: 1 }\n");
    assertThat(OutputComparison.compare(now, dir))
        .extracting(d -> d.path() + " " + d.kind())
        .containsExactly(
            "base/api/deployment.yaml CHANGED",
            "base/kustomization.yaml CHANGED",
            "base/new/deployment.yaml MISSING",
            "base/old/deployment.yaml STALE");
  }

  @Test
  void aComparisonOfSomeSetsIgnoresTheOthers() throws IOException {
    List<Manifest> both = List.of(new Manifest("base/a.yaml", ManifestEmitter.HEADER_PREFIX + "a\n"),
        new Manifest("peak/a.yaml", ManifestEmitter.HEADER_PREFIX + "a\n"));
    OutputWriter.write(both, dir);
    List<Manifest> peakOnly = List.of(both.get(1));
    assertThat(OutputComparison.compare(peakOnly, dir)).isEmpty();
    assertThat(OutputComparison.compare(List.of(), dir)).isEmpty();
  }

  @Test
  void aResultWithEverySetReportsTheFolderOfARemovedScenarioStale() throws IOException {
    String twoSets = Fixtures.spec("""
        tiers:
          api: { image: a:1, replicas: 2 }
        scenarios:
          peak: { tiers: { api: { replicas: 4 } } }
        """);
    OutputWriter.write(Fixtures.generate(twoSets), dir);
    Result baseOnlySpec = Fixtures.generate(Fixtures.spec("tiers:\n  api: { image: a:1, replicas: 2 }\n"));
    assertThat(OutputComparison.compare(baseOnlySpec, dir)).extracting(d -> d.path() + " " + d.kind())
        .contains("peak/kustomization.yaml STALE");
    // The same manifests as a list own their set only.
    assertThat(OutputComparison.compare(baseOnlySpec.manifests(), dir)).isEmpty();
  }
}
