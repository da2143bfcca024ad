package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scalegen.core.Generator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scalegen import}: writes the spec, refuses to replace a file, reports the manifests' mistakes, exit codes. */
class ImportCommandTest {

  static final String DOCVAULT_BASE = "../examples/docvault-adopt/deploy/k8s";

  @Test
  void writesAValidSpecAndReportsTheGuidesMistakes(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("scaling.yaml");
    MainTest.Run r = MainTest.run("import", DOCVAULT_BASE, "-o", spec.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(spec + ": written (4 tiers)");
    assertThat(r.err())
        .contains(DOCVAULT_BASE + "/hpa.yaml:14:3: warning[SG404]")
        .contains(DOCVAULT_BASE + "/backend/deployment.yaml:22:9: warning[SG405]")
        .contains(DOCVAULT_BASE + "/backend/deployment.yaml:10:3: warning[SG406]")
        .contains(DOCVAULT_BASE + "/redis/deployment.yaml:10:3: warning[SG407]")
        .contains("info[SG408]");
    assertThat(Generator.validate(spec).valid()).isTrue();
    assertThat(Files.readString(spec)).contains("  backend:\n").contains("  # SG406 ");
  }

  @Test
  void keepsAnExistingFileUnlessForced(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("scaling.yaml");
    Files.writeString(spec, "mine\n");
    MainTest.Run refused = MainTest.run("import", DOCVAULT_BASE, "-o", spec.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("error[SG409]").contains("already exists");
    assertThat(Files.readString(spec)).isEqualTo("mine\n");
    assertThat(dir.toFile().list()).containsExactly("scaling.yaml");

    MainTest.Run forced = MainTest.run("import", DOCVAULT_BASE, "-o", spec.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Files.readString(spec)).startsWith("# Made by `scalegen import`");
    assertThat(dir.toFile().list()).containsExactly("scaling.yaml");
  }

  @Test
  void dashPrintsTheSpecAndNameSetsMetadataName() {
    MainTest.Run r = MainTest.run("import", "../examples/online-boutique/upstream", "--name", "boutique", "-o", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("metadata:\n  name: boutique\n").contains("  frontend:\n");
  }

  @Test
  void adoptWritesAnOverlaySpecWhoseBaseIsRelativeToIt(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("team/scaling.yaml");
    MainTest.Run r = MainTest.run("import", "--adopt", DOCVAULT_BASE, "-o", spec.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String base = spec.getParent().relativize(Path.of(DOCVAULT_BASE).toAbsolutePath().normalize()).toString();
    assertThat(Files.readString(spec)).startsWith("# Made by `scalegen import --adopt`").contains("\nbase: " + base + "\n")
        .contains("    adopt:\n      kind: Deployment\n      name: docvault-backend\n      takeOver: true\n")
        .doesNotContain("image:").doesNotContain("# SG408");
    assertThat(r.err()).contains("warning[SG406]").doesNotContain("info[SG408]");
    assertThat(Generator.validate(spec).valid()).isTrue();
  }

  @Test
  void adoptPrintedIsRelativeToTheWorkingDirectoryAndReadsOneBase() {
    MainTest.Run r = MainTest.run("import", "--adopt", "../examples/online-boutique/upstream", "-o", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\nbase: ../examples/online-boutique/upstream\n");
    MainTest.Run two = MainTest.run("import", "--adopt", DOCVAULT_BASE, "../examples/online-boutique/upstream", "-o", "-");
    assertThat(two.exit()).isEqualTo(2);
    assertThat(two.err()).contains("--adopt reads one base");
  }

  @Test
  void noWorkloadIsAnError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
    MainTest.Run r = MainTest.run("import", dir.toString(), "-o", dir.resolve("out.yaml").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[SG402]");
    assertThat(dir.resolve("out.yaml")).doesNotExist();
  }

  @Test
  void missingInputIsAnIoError(@TempDir Path dir) {
    MainTest.Run r = MainTest.run("import", dir.resolve("nope.yaml").toString(), "-o", dir.resolve("out.yaml").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("error[SG001]");
  }

  @Test
  void sarifMarksInfosAsNotes(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("import", DOCVAULT_BASE, "-o", dir.resolve("s.yaml").toString(), "--format", "sarif");
    JsonNode results = new ObjectMapper().readTree(r.out()).path("runs").path(0).path("results");
    boolean noteForSg408 = false;
    for (JsonNode result : results) {
      if (result.path("ruleId").asText().equals("SG408")) {
        assertThat(result.path("level").asText()).isEqualTo("note");
        noteForSg408 = true;
      }
    }
    assertThat(noteForSg408).isTrue();
  }
}
