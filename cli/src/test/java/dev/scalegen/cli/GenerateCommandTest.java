package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir
  Path dir;

  @Test
  void generatesTheDocvaultSetAndReportsWhatItWrote() throws IOException {
    Path out = dir.resolve("k8s");
    MainTest.Run r = MainTest.run("generate", MainTest.DOCVAULT.toString(), "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("11 written, 0 unchanged, 0 deleted");
    assertThat(out.resolve("kustomization.yaml")).exists();
    assertThat(Files.readString(out.resolve("backend/hpa.yaml"))).contains("maxReplicas: 50");

    MainTest.Run again = MainTest.run("generate", MainTest.DOCVAULT.toString(), "--output", out.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("0 written, 11 unchanged, 0 deleted");
  }

  @Test
  void anInvalidSpecExitsOneAndWritesNothing() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web: { image: nginx:1.27, replicas: 2, autoscaling: { min: 1, max: 3 } }
        """);
    Path out = dir.resolve("k8s");
    MainTest.Run r = MainTest.run("generate", bad.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("error[SG203]");
    assertThat(out).doesNotExist();
  }

  @Test
  void aBadKubernetesVersionIsAUsageError() {
    MainTest.Run r = MainTest.run("generate", MainTest.DOCVAULT.toString(), "-o", dir.toString(),
        "--kubernetes-version", "latest");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--kubernetes-version");
  }

  @Test
  void aForeignFileInTheWayIsAnIoErrorAndIsKept() throws IOException {
    Path out = dir.resolve("k8s");
    Files.createDirectories(out);
    Files.writeString(out.resolve("kustomization.yaml"), "resources: [mine.yaml]\n");
    MainTest.Run r = MainTest.run("generate", MainTest.DOCVAULT.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("did not generate");
    assertThat(Files.readString(out.resolve("kustomization.yaml"))).isEqualTo("resources: [mine.yaml]\n");
  }
}
