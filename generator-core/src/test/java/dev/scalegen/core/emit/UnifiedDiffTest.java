package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.emit.OutputComparison.Difference;
import dev.scalegen.core.emit.OutputComparison.Kind;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  private static String numbered(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
  }

  @Test
  void aChangedLineIsShownWithThreeLinesOfContextFromCommittedToGenerated() {
    String committed = numbered(1, 10).replace("line 5\n", "  maxReplicas: 50\n");
    String generated = numbered(1, 10).replace("line 5\n", "  maxReplicas: 60\n");
    String diff = UnifiedDiff.render(new Difference("backend/hpa.yaml", Kind.CHANGED, generated, committed), 100);
    assertThat(diff).isEqualTo("""
        --- a/backend/hpa.yaml
        +++ b/backend/hpa.yaml
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -  maxReplicas: 50
        +  maxReplicas: 60
         line 6
         line 7
         line 8
        """);
  }

  @Test
  void distantChangesMakeSeparateHunksAndNearOnesOne() {
    String committed = numbered(1, 30);
    String generated = committed.replace("line 2\n", "two\n").replace("line 4\n", "four\n").replace("line 25\n", "");
    String diff = UnifiedDiff.render(new Difference("a.yaml", Kind.CHANGED, generated, committed), 100);
    assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -1,7 +1,7 @@", "@@ -22,7 +22,6 @@");
  }

  @Test
  void missingAndStaleFilesAreDiffedAgainstDevNull() {
    String missing = UnifiedDiff.render(new Difference("new.yaml", Kind.MISSING, "a: 1\n", ""), 100);
    assertThat(missing).isEqualTo("--- /dev/null\n+++ b/new.yaml\n@@ -0,0 +1,1 @@\n+a: 1\n");
    String stale = UnifiedDiff.render(new Difference("old.yaml", Kind.STALE, "", "a: 1\nb: 2\n"), 100);
    assertThat(stale).isEqualTo("--- a/old.yaml\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-a: 1\n-b: 2\n");
  }

  @Test
  void aLongDiffIsCutAndSaysHowMuchWasLeftOut() {
    String diff = UnifiedDiff.render(new Difference("big.yaml", Kind.MISSING, numbered(1, 100), ""), 10);
    assertThat(diff.lines()).hasSize(11).last().isEqualTo("... (93 more diff lines)");
  }
}
