package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committed output folder is input that a pull request controls: no write, delete or read of
 * {@link OutputWriter} and {@link OutputComparison} goes through a symbolic link below it, and an
 * index entry that leaves it is refused. Each case has a file outside the directory that must
 * survive untouched (the old writer deleted or overwrote it, or printed it as a diff).
 */
class OutputLinksTest {

  @TempDir Path root;
  private Path dir;
  private Path outside;

  private static final Result API = Fixtures.generate(Fixtures.spec("tiers:\n  api: { image: a:1, replicas: 2 }\n"));
  private static final String SECRET = ManifestEmitter.HEADER_PREFIX + " not yours\nsecret: hunter2\n";

  @BeforeEach
  void directories() throws IOException {
    dir = Files.createDirectories(root.resolve("k8s"));
    outside = Files.createDirectories(root.resolve("outside"));
  }

  private void index(String... paths) throws IOException {
    Files.writeString(dir.resolve(OutputIndex.FILE_NAME), "# index\n" + String.join("\n", paths) + "\n");
  }

  @Test
  void anIndexEntryThroughALinkedFolderDeletesNothingOutside() throws IOException {
    Path victim = Files.writeString(outside.resolve("victim.txt"), SECRET);
    Files.createSymbolicLink(dir.resolve("link"), outside);
    index("link/victim.txt");
    assertThatThrownBy(() -> OutputWriter.write(API, dir)).isInstanceOf(UnsafeOutputException.class)
        .hasMessageContaining("refusing to follow the symbolic link " + dir.resolve("link"));
    assertThat(victim).hasContent(SECRET);
    assertThat(dir.resolve("base")).doesNotExist(); // refused before anything was written
    assertThatThrownBy(() -> OutputComparison.compare(API, dir)).isInstanceOf(UnsafeOutputException.class);
  }

  @Test
  void aSetFolderThatIsALinkIsNeitherWrittenNorRead() throws IOException {
    Files.createSymbolicLink(dir.resolve("base"), outside);
    assertThatThrownBy(() -> OutputWriter.write(API, dir)).isInstanceOf(UnsafeOutputException.class);
    assertThatThrownBy(() -> OutputWriter.write(API.manifests(), dir)).isInstanceOf(UnsafeOutputException.class);
    try (var files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
    Files.createDirectories(outside.resolve("api"));
    Files.writeString(outside.resolve("api/deployment.yaml"), SECRET);
    assertThatThrownBy(() -> OutputComparison.compare(API, dir)).isInstanceOf(UnsafeOutputException.class)
        .message().doesNotContain("hunter2");
  }

  @Test
  void aGeneratedFileThatIsALinkIsNeitherOverwrittenNorRead() throws IOException {
    OutputWriter.write(API, dir);
    Path target = Files.writeString(outside.resolve("target.yaml"), SECRET);
    Path file = dir.resolve("base/api/deployment.yaml");
    Files.delete(file);
    Files.createSymbolicLink(file, target);
    assertThatThrownBy(() -> OutputWriter.write(API, dir)).isInstanceOf(UnsafeOutputException.class)
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> OutputComparison.compare(API, dir)).isInstanceOf(UnsafeOutputException.class);
    assertThat(target).hasContent(SECRET);
    assertThat(Files.isSymbolicLink(file)).isTrue();
  }

  @Test
  void aStaleFileThatIsALinkIsNotDeleted() throws IOException {
    Path target = Files.writeString(outside.resolve("target.yaml"), SECRET);
    Files.createDirectories(dir.resolve("base/old"));
    Files.createSymbolicLink(dir.resolve("base/old/deployment.yaml"), target);
    index("base/old/deployment.yaml");
    assertThatThrownBy(() -> OutputWriter.write(API, dir)).isInstanceOf(UnsafeOutputException.class);
    assertThat(target).hasContent(SECRET);
  }

  @Test
  void anIndexThatIsALinkIsRefused() throws IOException {
    Path list = Files.writeString(outside.resolve("index"), "base/x.yaml\n");
    Files.createSymbolicLink(dir.resolve(OutputIndex.FILE_NAME), list);
    assertThatThrownBy(() -> OutputWriter.write(API, dir)).isInstanceOf(UnsafeOutputException.class);
    assertThatThrownBy(() -> OutputComparison.compare(API, dir)).isInstanceOf(UnsafeOutputException.class);
    assertThat(list).hasContent("base/x.yaml");
  }

  @Test
  void indexEntriesThatLeaveTheDirectoryAreRefused() throws IOException {
    Files.writeString(outside.resolve("victim.txt"), SECRET);
    for (String entry : List.of("../outside/victim.txt", root.resolve("outside/victim.txt").toString(),
        "base/../../outside/victim.txt", "./base/x.yaml", "base//x.yaml")) {
      index("base/kustomization.yaml", entry);
      assertThatThrownBy(() -> OutputWriter.write(API, dir)).as(entry).isInstanceOf(UnsafeOutputException.class)
          .hasMessageContaining("line 3 `" + entry + "` is not a relative path below the output directory");
      assertThatThrownBy(() -> OutputComparison.compare(API, dir)).as(entry)
          .isInstanceOf(UnsafeOutputException.class);
    }
    assertThat(outside.resolve("victim.txt")).hasContent(SECRET);
  }

  @Test
  void aTemporaryFilePlantedAsALinkIsNotWrittenThrough() throws IOException {
    OutputWriter.write(API, dir);
    Files.writeString(dir.resolve("base/api/deployment.yaml"), ManifestEmitter.HEADER_PREFIX + " old\n");
    Path target = Files.writeString(outside.resolve("target.yaml"), SECRET);
    Files.createSymbolicLink(dir.resolve("base/api/.deployment.yaml" + Staging.SUFFIX), target);
    assertThatThrownBy(() -> OutputWriter.write(API, dir)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(target).hasContent(SECRET);
  }

  @Test
  void aTemporaryFolderPlantedAsALinkIsNotWrittenInto() throws IOException {
    Files.createSymbolicLink(dir.resolve(".base" + Staging.SUFFIX), outside);
    OutputWriter.write(API, dir);
    try (var files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
    assertThat(dir.resolve("base/kustomization.yaml")).isRegularFile();
  }

  @Test
  void aLeftOverTemporaryFileIsReplaced() throws IOException {
    OutputWriter.write(API, dir);
    Files.writeString(dir.resolve("base/api/deployment.yaml"), ManifestEmitter.HEADER_PREFIX + " old\n");
    Files.writeString(dir.resolve("base/api/.deployment.yaml" + Staging.SUFFIX), "half\n");
    assertThat(OutputWriter.write(API, dir).written()).containsExactly("base/api/deployment.yaml");
    assertThat(dir.resolve("base/api/.deployment.yaml" + Staging.SUFFIX)).doesNotExist();
  }

  /** The directory itself is taken as named: the user chose it, link or not. */
  @Test
  void theOutputDirectoryItselfMayBeALink() throws IOException {
    Path link = Files.createSymbolicLink(root.resolve("deploy"), outside);
    OutputWriter.write(API, link);
    assertThat(outside.resolve("base/kustomization.yaml")).isRegularFile();
    assertThat(OutputComparison.compare(API, link)).isEmpty();
    List<Manifest> none = List.of();
    assertThat(OutputWriter.write(none, link).deleted()).isEmpty();
  }
}
