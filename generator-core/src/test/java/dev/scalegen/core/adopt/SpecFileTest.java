package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scalegen.core.diag.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFileTest {

  @Test
  void writesANewFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    assertThat(SpecFile.write(dir.resolve("s.yaml"), "s.yaml", "a: 1\n", false)).isEmpty();
    assertThat(Files.readString(dir.resolve("s.yaml"))).isEqualTo("a: 1\n");
    assertThat(dir.toFile().list()).containsExactly("s.yaml");
  }

  /** The spec gets the permissions of any new file (the umask's), not a temporary file's owner-only ones. */
  @Test
  void theSpecHasTheUsualPermissionsOfANewFile(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path usual = Files.writeString(dir.resolve("usual.yaml"), "x\n");
    for (boolean force : new boolean[] {false, true}) {
      Path spec = dir.resolve("s-" + force + ".yaml");
      assertThat(SpecFile.write(spec, spec.getFileName().toString(), "a: 1\n", force)).isEmpty();
      assertThat(Files.getPosixFilePermissions(spec)).isEqualTo(Files.getPosixFilePermissions(usual));
    }
  }

  @Test
  void anExistingFileIsKeptUnlessForced(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "mine\n");
    assertThat(SpecFile.write(file, "s.yaml", "a: 1\n", false)).get()
        .satisfies(d -> assertThat(d.code()).isEqualTo(Code.OUTPUT_EXISTS));
    assertThat(Files.readString(file)).isEqualTo("mine\n");
    assertThat(SpecFile.write(file, "s.yaml", "a: 1\n", true)).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("a: 1\n");
    assertThat(dir.toFile().list()).containsExactly("s.yaml");
  }

  @Test
  void anUnwritableFolderIsReported(@TempDir Path dir) throws Exception {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(ro), "running as root: permissions are not enforced");
      assertThat(SpecFile.write(ro.resolve("s.yaml"), "s.yaml", "a: 1\n", false)).get()
          .satisfies(d -> assertThat(d.code()).isEqualTo(Code.OUTPUT_UNWRITABLE));
      assertThat(ro.toFile().list()).isEmpty();
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeIsReported(@TempDir Path dir) throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    assertThat(SpecFile.write(notADirectory.resolve("s.yaml"), "file/s.yaml", "a: 1\n", false)).get()
        .satisfies(d -> assertThat(d.code()).isEqualTo(Code.OUTPUT_UNWRITABLE));
    assertThat(dir.toFile().list()).containsExactly("file");
  }
}
