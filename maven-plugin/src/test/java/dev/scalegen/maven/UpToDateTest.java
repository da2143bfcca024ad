package dev.scalegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A goal replays its last run only while nothing in the marker's key has changed: specs, settings, output files. */
class UpToDateTest {

  @TempDir
  Path dir;

  private Path spec;
  private Path output;
  private Path marker;

  @BeforeEach
  void files() throws IOException {
    spec = Files.writeString(dir.resolve("scaling.yaml"), "tiers: {}\n");
    output = Files.createDirectories(dir.resolve("deploy/k8s/base"));
    Files.writeString(output.resolve("hpa.yaml"), "maxReplicas: 10\n");
    marker = dir.resolve("target/maven-status/scalegen/check-default.txt");
  }

  private UpToDate upToDate(String... settings) {
    return new UpToDate(marker, List.of(settings), List.of(spec), List.of(dir.resolve("deploy/k8s")));
  }

  @Test
  void aRecordedRunIsReplayedWhileNothingChanged() throws IOException {
    assertThat(upToDate("failOnWarning true").replay()).isEmpty();
    upToDate("failOnWarning true").record(List.of("WARN a warning", "INFO deploy/k8s is up to date"));
    assertThat(upToDate("failOnWarning true").replay()).contains(List.of("WARN a warning", "INFO deploy/k8s is up to date"));
    assertThat(upToDate("failOnWarning false").replay()).as("another setting").isEmpty();
    upToDate().forget();
    assertThat(marker).doesNotExist();
  }

  @Test
  void aChangedSpecOrAnyChangeInTheDirectoryMakesTheGoalRunInFull() throws IOException {
    upToDate().record(List.of());
    Files.writeString(spec, "tiers: {} \n");
    assertThat(upToDate().replay()).as("spec edited").isEmpty();

    upToDate().record(List.of());
    Files.writeString(output.resolve("hpa.yaml"), "maxReplicas: 99\n");
    assertThat(upToDate().replay()).as("hand edit, same length").isEmpty();

    upToDate().record(List.of());
    Files.writeString(output.resolve("extra.yaml"), "");
    assertThat(upToDate().replay()).as("a new file").isEmpty();

    upToDate().record(List.of());
    Files.delete(output.resolve("hpa.yaml"));
    assertThat(upToDate().replay()).as("a deleted file").isEmpty();

    upToDate().record(List.of());
    Files.delete(spec);
    assertThat(upToDate().replay()).as("the spec gone").isEmpty();
  }

  @Test
  void aMarkerWrittenByHandOrCutShortIsIgnored() throws IOException {
    upToDate().record(List.of("INFO ok"));
    List<String> lines = Files.readAllLines(marker);
    Files.write(marker, List.of(lines.get(0)));
    assertThat(upToDate().replay()).isEmpty();
    Files.write(marker, List.of("# something else", lines.get(1), "INFO ok"));
    assertThat(upToDate().replay()).isEmpty();
  }

  @Test
  void multiLineDiagnosticsAreReplayedAsTheyWereLogged() {
    ReplayLog first = new ReplayLog(new SystemStreamLog());
    first.warn("/p/scaling.yaml:3:5: warning[SG230]: image `x`\n    3 |   image: x\\y\n      |   ^\n  hint: pin it");
    first.info("scaling.yaml is valid (1 warning)");
    first.keepInstead("INFO", "target/scalegen is up to date");
    first.debug("not kept");
    ReplayLog second = new ReplayLog(new SystemStreamLog());
    ReplayLog.replay(second, first.lines());
    assertThat(second.lines()).isEqualTo(first.lines()).hasSize(3);
    assertThat(first.lines()).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
  }
}
