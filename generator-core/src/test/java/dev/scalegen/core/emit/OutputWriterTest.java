package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

  @TempDir Path dir;

  private static final String TWO_TIERS = Fixtures.spec("""
      tiers:
        api: { image: a:1, replicas: 2 }
        worker: { image: a:1, replicas: 3 }
      """);
  private static final String ONE_TIER = Fixtures.spec("""
      tiers:
        api: { image: a:1, replicas: 2 }
      """);

  private static List<Manifest> manifests(String yaml) {
    Result result = Fixtures.generate(yaml);
    return result.manifests();
  }

  /** Every file under the directory with its bytes. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return files;
  }

  @Test
  void writesEveryFileAndAnIndex() throws IOException {
    OutputWriter.Report report = OutputWriter.write(manifests(TWO_TIERS), dir);
    assertThat(report.written()).containsExactly(
        "base/api/deployment.yaml", "base/api/pdb.yaml", "base/kustomization.yaml", "base/worker/deployment.yaml",
        "base/worker/pdb.yaml");
    assertThat(snapshot()).containsKeys(".scalegen-index", "base/api/deployment.yaml", "base/kustomization.yaml");
    assertThat(Files.readString(dir.resolve(".scalegen-index"))).endsWith("base/api/deployment.yaml\n"
        + "base/api/pdb.yaml\nbase/kustomization.yaml\nbase/worker/deployment.yaml\nbase/worker/pdb.yaml\n");
  }

  @Test
  void anUnchangedRunRewritesNothing() throws IOException {
    OutputWriter.write(manifests(TWO_TIERS), dir);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      Files.setLastModifiedTime(f, old);
    }
    OutputWriter.Report report = OutputWriter.write(manifests(TWO_TIERS), dir);
    assertThat(report.written()).isEmpty();
    assertThat(report.deleted()).isEmpty();
    assertThat(report.unchanged()).hasSize(5);
    for (Path f : files) {
      assertThat(Files.getLastModifiedTime(f)).as(f.toString()).isEqualTo(old);
    }
  }

  @Test
  void aUsersOwnFileSurvivesGenerate() throws IOException {
    Files.writeString(dir.resolve("README.md"), "mine\n");
    Files.createDirectories(dir.resolve("base/api"));
    Files.writeString(dir.resolve("base/api/configmap.yaml"), "kind: ConfigMap\n");
    OutputWriter.write(manifests(TWO_TIERS), dir);
    OutputWriter.write(manifests(ONE_TIER), dir);
    assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("mine\n");
    assertThat(Files.readString(dir.resolve("base/api/configmap.yaml"))).isEqualTo("kind: ConfigMap\n");
  }

  @Test
  void aTierRemovedFromTheSpecHasItsFilesDeletedOnTheNextRun() throws IOException {
    OutputWriter.write(manifests(TWO_TIERS), dir);
    OutputWriter.Report report = OutputWriter.write(manifests(ONE_TIER), dir);
    assertThat(report.deleted()).containsExactly("base/worker/deployment.yaml", "base/worker/pdb.yaml");
    assertThat(dir.resolve("base/worker")).doesNotExist();
    assertThat(Files.readString(dir.resolve("base/kustomization.yaml"))).doesNotContain("worker");
    assertThat(Files.readString(dir.resolve(".scalegen-index"))).doesNotContain("worker");
  }

  @Test
  void aFileThatScalegenDidNotWriteIsNeverOverwritten() throws IOException {
    Files.createDirectories(dir.resolve("base/api"));
    Files.writeString(dir.resolve("base/api/deployment.yaml"), "# hand-written\nkind: Deployment\n");
    Map<String, String> before = snapshot();
    assertThatThrownBy(() -> OutputWriter.write(manifests(TWO_TIERS), dir))
        .isInstanceOf(OutputWriter.ForeignFileException.class)
        .hasMessageContaining("base/api/deployment.yaml".replace('/', java.io.File.separatorChar));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aFileNotInTheIndexIsNotDeletedEvenIfItLooksGenerated() throws IOException {
    OutputWriter.write(manifests(TWO_TIERS), dir);
    Files.writeString(dir.resolve("extra.yaml"), ManifestEmitter.HEADER_PREFIX + "elsewhere\n");
    OutputWriter.write(manifests(ONE_TIER), dir);
    assertThat(dir.resolve("extra.yaml")).exists();
  }

  @Test
  void aFailureHalfWayLeavesThePreviousOutputIntact() throws IOException {
    OutputWriter.write(manifests(TWO_TIERS), dir);
    Map<String, String> before = snapshot();
    List<Manifest> next = new ArrayList<>(manifests(Fixtures.spec("""
        tiers:
          api: { image: a:2, replicas: 4 }
        """)));
    // A file name longer than any file system allows: writing it fails after others were staged.
    next.add(new Manifest("zz/" + "x".repeat(300) + ".yaml", "kind: Broken\n"));
    assertThatThrownBy(() -> OutputWriter.write(next, dir)).isInstanceOf(IOException.class);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(dir.resolve("zz")).doesNotExist();
  }

  @Test
  void aWriteOwnsOnlyTheSetsOfItsManifestsAndKeepsTheOthersInTheIndex() throws IOException {
    List<Manifest> both = List.of(new Manifest("base/a.yaml", ManifestEmitter.HEADER_PREFIX + "a\n"),
        new Manifest("peak/a.yaml", ManifestEmitter.HEADER_PREFIX + "a\n"),
        new Manifest("peak/old.yaml", ManifestEmitter.HEADER_PREFIX + "old\n"));
    OutputWriter.write(both, dir);
    OutputWriter.Report report = OutputWriter.write(
        List.of(new Manifest("peak/a.yaml", ManifestEmitter.HEADER_PREFIX + "a2\n")), dir);
    assertThat(report.written()).containsExactly("peak/a.yaml");
    assertThat(report.deleted()).containsExactly("peak/old.yaml");
    assertThat(dir.resolve("base/a.yaml")).exists();
    assertThat(Files.readString(dir.resolve(".scalegen-index"))).endsWith("base/a.yaml\npeak/a.yaml\n");
    // No manifests own no set: nothing is deleted (the old writer deleted every listed file).
    Map<String, String> before = snapshot();
    assertThat(OutputWriter.write(List.of(), dir).deleted()).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aListedFileThatNoLongerCarriesTheHeaderIsNotDeleted() throws IOException {
    OutputWriter.write(manifests(TWO_TIERS), dir);
    Files.writeString(dir.resolve("base/worker/pdb.yaml"), "# mine now\nkind: PodDisruptionBudget\n");
    OutputWriter.Report report = OutputWriter.write(manifests(ONE_TIER), dir);
    assertThat(report.deleted()).containsExactly("base/worker/deployment.yaml");
    assertThat(Files.readString(dir.resolve("base/worker/pdb.yaml"))).startsWith("# mine now");
    assertThat(Files.readString(dir.resolve(".scalegen-index"))).doesNotContain("worker");
  }

  @Test
  void aTierAddedToTheSpecIsWrittenNextToTheUnchangedOnes() throws IOException {
    OutputWriter.write(manifests(ONE_TIER), dir);
    OutputWriter.Report report = OutputWriter.write(manifests(TWO_TIERS), dir);
    assertThat(report.written()).containsExactly("base/kustomization.yaml", "base/worker/deployment.yaml",
        "base/worker/pdb.yaml");
    assertThat(report.unchanged()).containsExactly("base/api/deployment.yaml", "base/api/pdb.yaml");
    assertThat(snapshot()).containsOnlyKeys(".scalegen-index", "base/api/deployment.yaml", "base/api/pdb.yaml",
        "base/kustomization.yaml", "base/worker/deployment.yaml", "base/worker/pdb.yaml");
  }

  @Test
  void aFileRemovedByHandIsWrittenAgain() throws IOException {
    OutputWriter.write(manifests(TWO_TIERS), dir);
    Files.delete(dir.resolve("base/worker/pdb.yaml"));
    OutputWriter.Report report = OutputWriter.write(manifests(TWO_TIERS), dir);
    assertThat(report.written()).containsExactly("base/worker/pdb.yaml");
    assertThat(report.unchanged()).hasSize(4);
    assertThat(dir.resolve("base/worker/pdb.yaml")).exists();
  }

  @Test
  void aFolderWhereAFileGoesStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Files.createDirectories(dir.resolve("base/api/deployment.yaml"));
    Map<String, String> before = snapshot();
    assertThatThrownBy(() -> OutputWriter.write(manifests(TWO_TIERS), dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("it is a directory");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aFileWhereAFolderGoesFailsAndLeavesNoTraces() throws IOException {
    Files.writeString(dir.resolve("base"), "mine\n");
    assertThatThrownBy(() -> OutputWriter.write(manifests(TWO_TIERS), dir))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(snapshot()).containsOnlyKeys("base");
    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("base");
    }
  }

  @Test
  void newFoldersAppearWholeAndLeaveNoTemporaryFiles() throws IOException {
    OutputWriter.write(manifests(ONE_TIER), dir);
    OutputWriter.write(manifests(TWO_TIERS), dir);
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("scalegen-tmp"));
    }
    assertThat(snapshot()).containsOnlyKeys(".scalegen-index", "base/api/deployment.yaml", "base/api/pdb.yaml",
        "base/kustomization.yaml", "base/worker/deployment.yaml", "base/worker/pdb.yaml");
  }

  @Test
  void aTemporaryFolderLeftByAnInterruptedRunIsNotInTheWay() throws IOException {
    Files.createDirectories(dir.resolve(".base.scalegen-tmp/api"));
    Files.writeString(dir.resolve(".base.scalegen-tmp/api/deployment.yaml"), "half\n");
    OutputWriter.Report report = OutputWriter.write(manifests(TWO_TIERS), dir);
    assertThat(report.written()).hasSize(5);
    assertThat(snapshot()).containsOnlyKeys(".scalegen-index", ".base.scalegen-tmp/api/deployment.yaml",
        "base/api/deployment.yaml", "base/api/pdb.yaml", "base/kustomization.yaml", "base/worker/deployment.yaml",
        "base/worker/pdb.yaml");
    assertThat(Files.readString(dir.resolve("base/api/deployment.yaml"))).startsWith(ManifestEmitter.HEADER_PREFIX);
  }

  @Test
  void aFailureInANewFolderRemovesItsTemporaryFolder() throws IOException {
    OutputWriter.write(manifests(ONE_TIER), dir);
    Map<String, String> before = snapshot();
    List<Manifest> next = new ArrayList<>(manifests(TWO_TIERS));
    next.add(new Manifest("base/zz/" + "x".repeat(300) + ".yaml", "kind: Broken\n"));
    assertThatThrownBy(() -> OutputWriter.write(next, dir)).isInstanceOf(IOException.class);
    assertThat(snapshot()).isEqualTo(before);
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.map(p -> dir.relativize(p).toString().replace('\\', '/')))
          .containsExactlyInAnyOrder("", ".scalegen-index", "base", "base/api", "base/api/deployment.yaml",
              "base/api/pdb.yaml", "base/kustomization.yaml");
    }
  }

  @Test
  void aFailureAmongFilesWrittenInParallelLeavesThePreviousOutputAndNoTemporaryFiles() throws IOException {
    int count = OutputWriter.PARALLEL_FROM * 2;
    OutputWriter.write(generated(count, "v1"), dir);
    Map<String, String> before = snapshot();
    List<Manifest> next = new ArrayList<>(generated(count, "v2"));
    next.add(count / 2, new Manifest("t" + (count / 2) + "/" + "x".repeat(300) + ".yaml", "kind: Broken\n"));
    assertThatThrownBy(() -> OutputWriter.write(next, dir)).isInstanceOf(IOException.class);
    assertThat(snapshot()).isEqualTo(before);
    try (Stream<Path> walk = Files.walk(dir)) {
      assertThat(walk.map(Path::toString)).noneMatch(p -> p.endsWith(Staging.SUFFIX));
    }
  }

  /** {@code count} generated files, one per folder, whose text says {@code version}. */
  private static List<Manifest> generated(int count, String version) {
    List<Manifest> manifests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      manifests.add(new Manifest("t" + i + "/deployment.yaml",
          ManifestEmitter.HEADER_PREFIX + "scaling.yaml.\nkind: Deployment\nversion: " + version + "\n"));
    }
    return manifests;
  }
}
