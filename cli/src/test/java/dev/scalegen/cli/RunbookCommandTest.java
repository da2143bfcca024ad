package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scalegen runbook SPEC [-o FILE|DIR] [--manifests DIR]}: prints or writes the runbook; a thin adapter. */
class RunbookCommandTest {

  static final String SPEC = MainTest.DOCVAULT.toString();

  @TempDir Path dir;

  @Test
  void printsTheRunbookWithTheManifestsFolderGiven() {
    MainTest.Run r = MainTest.run("runbook", SPEC, "--manifests", "deploy/k8s");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("# docvault runbook\n")
        .contains("kubectl apply -k deploy/k8s/sustained-high\n", "kubectl describe hpa docvault-backend -n docvault\n");
    assertThat(r.err()).contains("warning[SG218]", "0 errors, 2 warnings");
  }

  @Test
  void writesIntoADirectoryOrAFileAndOnlyWhenTheTextChanged() throws Exception {
    MainTest.Run first = MainTest.run("runbook", SPEC, "-o", dir.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    Path written = dir.resolve("RUNBOOK.md");
    assertThat(first.out()).isEqualTo(written + ": written\n");
    assertThat(Files.readString(written)).contains("kubectl apply -k k8s/base\n");
    MainTest.Run again = MainTest.run("runbook", SPEC, "-o", written.toString());
    assertThat(again.out()).isEqualTo(written + ": unchanged\n");
    Path nested = dir.resolve("docs/ops/runbook.md");
    assertThat(MainTest.run("runbook", SPEC, "-o", nested.toString()).exit()).isZero();
    assertThat(nested).hasContent(Files.readString(written));
  }

  @Test
  void anInvalidSpecExitsOneAndAnOverlaySpecIsAUsageError() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web: { image: nginx:1.27, replicas: 2, autoscaling: { min: 1, max: 3, cpu: 70% } }
        """);
    MainTest.Run invalid = MainTest.run("runbook", bad.toString(), "-o", dir.resolve("out.md").toString());
    assertThat(invalid.exit()).isEqualTo(ExitCode.INVALID);
    assertThat(dir.resolve("out.md")).doesNotExist();
    MainTest.Run overlay = MainTest.run("runbook", "../examples/docvault-adopt/scaling-overlay.yaml");
    assertThat(overlay.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(overlay.err()).contains("overlay mode");
    assertThat(overlay.out()).isEmpty();
  }
}
