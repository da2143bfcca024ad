package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  /** The working directory as {@code Path.of("")}: a file right in it has no parent path at all. */
  @Test
  void aFileOfTheEmptyRootHasTheRootAsItsFolder() throws IOException {
    Path root = Path.of("");
    assertThat(root.resolve(".scalegen-index").getParent()).isNull();
    // Threw a NullPointerException: the walk up the parents did not stop at a null parent.
    assertThat(new OutputFiles(root).isFolder(root.resolve(".scalegen-index").getParent())).isTrue();
  }

  @Test
  void aFolderBelowTheRootIsAFolderOnlyWhenItExistsAsOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("base/web"));
    Files.writeString(dir.resolve("base/file"), "x");
    OutputFiles files = new OutputFiles(dir);
    assertThat(files.isFolder(dir.resolve("base/web"))).isTrue();
    assertThat(files.isFolder(dir.resolve("base/file"))).isFalse();
    assertThat(files.isFolder(dir.resolve("missing/web"))).isFalse();
  }

  /** A file is read whole, whatever its size: empty, smaller and larger than any buffer. */
  @Test
  void aFileIsReadWholeAtEverySizeAndAMissingOneIsNull(@TempDir Path dir) throws IOException {
    for (int size : new int[] {0, 1, 2_500, 8_192, 8_193, 200_000}) {
      byte[] bytes = new byte[size];
      for (int i = 0; i < size; i++) {
        bytes[i] = (byte) (i * 31 + size);
      }
      Path file = dir.resolve("f" + size);
      Files.write(file, bytes);
      assertThat(OutputFiles.readInFolder(dir, file)).as("%d bytes", size).isEqualTo(bytes);
    }
    assertThat(OutputFiles.readInFolder(dir, dir.resolve("missing"))).isNull();
  }
}
