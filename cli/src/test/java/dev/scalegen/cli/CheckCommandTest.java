package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scalegen check}: in sync exits 0; any drift exits 1 with a diff that names the file and the line. */
class CheckCommandTest {

  /** The committed expected output of the DocVault example (kept identical to examples/docvault by a golden test). */
  static final Path COMMITTED = Path.of("../golden-tests/cases/valid/docvault/expected");

  @TempDir
  Path dir;

  Path spec;
  Path out;

  @BeforeEach
  void copyExample() throws IOException {
    spec = Files.copy(MainTest.DOCVAULT, dir.resolve("scaling.yaml"));
    out = dir.resolve("k8s");
    try (Stream<Path> files = Files.walk(COMMITTED)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = out.resolve(COMMITTED.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void docvaultExampleIsInSyncWithItsCommittedOutput() {
    MainTest.Run r = MainTest.run("check", MainTest.DOCVAULT.toString(), "-o", COMMITTED.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("up to date");
  }

  @Test
  void changedValueIsDriftWithADiffNamingTheFileAndLine() throws IOException {
    Files.writeString(spec, Files.readString(spec).replace("{ min: 5, max: 50,", "{ min: 5, max: 60,"));
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("--- a/backend/hpa.yaml", "+++ b/backend/hpa.yaml", "-  maxReplicas: 50", "+  maxReplicas: 60");
    assertThat(r.err()).contains("1 file differs").contains("1 changed, 0 missing, 0 stale")
        .contains("scalegen generate");
  }

  @Test
  void missingDirectoryIsDrift() {
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", dir.resolve("nowhere").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("--- /dev/null", "+++ b/kustomization.yaml");
  }

  @Test
  void foreignFilesAreIgnoredButStaleGeneratedFilesAreDrift() throws IOException {
    assertThat(MainTest.run("generate", spec.toString(), "-o", out.toString()).exit()).isZero();
    Files.writeString(out.resolve("README.md"), "my notes\n");
    assertThat(MainTest.run("check", spec.toString(), "-o", out.toString()).exit()).isZero();

    Files.writeString(spec, Files.readString(spec).replace("  redis:\n", "  cache:\n"));
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("--- a/redis/statefulset.yaml", "+++ /dev/null", "+++ b/cache/statefulset.yaml");
    assertThat(r.out()).doesNotContain("README.md");
  }

  @Test
  void invalidSpecExitsOneWithDiagnosticsAndNoDiff() throws IOException {
    Files.writeString(spec, Files.readString(spec).replace("max: 50", "max: 2"));
    MainTest.Run r = MainTest.run("check", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[SG201]");
    assertThat(r.out()).doesNotContain("---");
  }

  @Test
  void jsonFormatKeepsStdoutParseableAndSendsTheDiffToStderr() throws IOException {
    Files.writeString(spec, Files.readString(spec).replace("{ min: 5, max: 50,", "{ min: 5, max: 60,"));
    MainTest.Run r = MainTest.run("check", "--format", "json", spec.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("{").contains("\"valid\" : true");
    assertThat(r.err()).contains("+  maxReplicas: 60");
  }
}
