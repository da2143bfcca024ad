package dev.scalegen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.diff("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
  }

  @Test
  void aChangedLineIsShownWithThreeLinesOfContextAsDiffUPrintsIt() {
    String before = lines(1, 10);
    String after = before.replace("line 5\n", "line five\n");
    assertThat(UnifiedDiff.diff("a/f", before, "b/f", after)).isEqualTo("""
        --- a/f
        +++ b/f
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8
        """);
  }

  @Test
  void distantChangesAreSeparateHunksWithTheirOwnLineNumbers() {
    String before = lines(1, 30);
    String after = before.replace("line 2\n", "").replace("line 25\n", "line 25\nline 25b\n");
    assertThat(UnifiedDiff.diff("a", before, "b", after)).isEqualTo("""
        --- a
        +++ b
        @@ -1,5 +1,4 @@
         line 1
        -line 2
         line 3
         line 4
         line 5
        @@ -23,6 +22,7 @@
         line 23
         line 24
         line 25
        +line 25b
         line 26
         line 27
         line 28
        """);
  }

  @Test
  void aNewFileIsAllAdditions() {
    assertThat(UnifiedDiff.diff("/dev/null", "", "b", "x\ny\n")).isEqualTo("--- /dev/null\n+++ b\n@@ -1,0 +1,2 @@\n+x\n+y\n");
  }
}
