package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the CLI in-process with captured streams and checks output and exit codes. */
class MainTest {

  static final Path DOCVAULT = Path.of("../examples/docvault/scaling.yaml");

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path invalid() throws IOException {
    return write("bad.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web:
            image: nginx:1.27
            resources: { requests: { cpu: 500m, memory: 256Mi }, limits: { memory: 256Mi } }
            autoscaling: { min: 8, max: 5, cpu: 70% }
            probes: { readiness: { tcp: 80 } }
        """);
  }

  @Test
  void validSpecExitsZero() {
    Run r = run("validate", DOCVAULT.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("scaling.yaml: valid");
  }

  @Test
  void invalidSpecExitsOneWithCompilerStyleDiagnostics() throws IOException {
    Path bad = invalid();
    Run r = run("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ":8:25: error[SG201]: `autoscaling.min` (8) is above `autoscaling.max` (5)")
        .contains("    8 |     autoscaling: { min: 8, max: 5, cpu: 70% }")
        .contains("      |                         ^")
        .contains("  hint: raise `max`")
        .contains("1 error, 0 warnings");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void jsonFormatGoesToStdoutWithStableFields() throws IOException {
    Path bad = invalid();
    Run r = run("validate", "--format", "json", bad.toString(), DOCVAULT.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    JsonNode d = json.get("files").get(0).get("diagnostics").get(0);
    assertThat(d.get("code").asString()).isEqualTo("SG201");
    assertThat(d.get("severity").asString()).isEqualTo("error");
    assertThat(d.get("line").asInt()).isEqualTo(8);
    assertThat(d.get("column").asInt()).isEqualTo(25);
    assertThat(d.get("path").asString()).isEqualTo("/tiers/web/autoscaling/min");
    assertThat(json.get("files").get(1).get("valid").asBoolean()).isTrue();
  }

  @Test
  void missingFileExitsThree() {
    Run r = run("validate", dir.resolve("nope.yaml").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("error[SG001]").contains("does not exist");
  }

  @Test
  void directoryExitsThree() {
    assertThat(run("validate", dir.toString()).exit()).isEqualTo(3);
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("validate").exit()).isEqualTo(2);
    assertThat(run("validate", "--format", "xml", DOCVAULT.toString()).exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void helpListsExitCodesAndExamples() {
    Run r = run("validate", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Exit codes:").contains("3  unreadable file").contains("scalegen validate examples");
  }

  @Test
  void versionIsPrinted() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("scalegen ");
  }
}
