package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.emit.FileLayout;
import dev.scalegen.core.emit.ManifestYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Rule 10: same spec, same bytes; and what scalegen emits is a fixed point of parse-and-emit. */
class DeterminismTest {

  @TestFactory
  Stream<DynamicTest> generatingTwiceGivesIdenticalBytes() {
    return GoldenCases.valid().stream().map(dir -> DynamicTest.dynamicTest(name(dir), () ->
        assertThat(GoldenCases.generate(dir)).isEqualTo(GoldenCases.generate(dir))));
  }

  @TestFactory
  Stream<DynamicTest> parsingTheOutputAndEmittingItAgainGivesIdenticalBytes() {
    return GoldenCases.valid().stream().map(dir -> DynamicTest.dynamicTest(name(dir), () -> {
      List<Manifest> manifests = GoldenCases.generate(dir);
      for (Manifest m : manifests) {
        String header = m.content().substring(0, m.content().indexOf('\n') + 1);
        Object parsed = m.path().equals(FileLayout.KUSTOMIZATION)
            ? ManifestYaml.read(m.content(), Map.class)
            : ManifestYaml.readObject(m.content());
        assertThat(header + ManifestYaml.write(parsed)).as(m.path()).isEqualTo(m.content());
      }
    }));
  }

  private static String name(Path dir) {
    return dir.getFileName().toString();
  }
}
