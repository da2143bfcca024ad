package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SpecSourceTest {

  @Test
  void linesAreOneBasedWithoutTheirBreak() {
    SpecSource s = new SpecSource("s.yaml", "a: 1\r\nb: 2\n\nlast");
    assertThat(s.line(1)).isEqualTo("a: 1");
    assertThat(s.line(2)).isEqualTo("b: 2");
    assertThat(s.line(3)).isEmpty();
    assertThat(s.line(4)).isEqualTo("last");
  }

  @Test
  void linesOutsideTheTextAreEmpty() {
    SpecSource s = new SpecSource("s.yaml", "a: 1\n");
    assertThat(s.line(0)).isEmpty();
    assertThat(s.line(-3)).isEmpty();
    assertThat(s.line(2)).isEmpty();
    assertThat(s.line(3)).isEmpty();
    assertThat(new SpecSource("e.yaml", "").line(1)).isEmpty();
  }

  @Test
  void aWindowOfALineIsTakenByCodePoints() {
    // Line 2 holds a surrogate pair (counted as one code point), lines 1 and 3 do not.
    SpecSource s = new SpecSource("s.yaml", "abcdef\r\nx\uD83D\uDE00yz\n\tq\n");
    for (int n = 0; n <= 5; n++) {
      String line = s.line(n);
      assertThat(s.lineLength(n)).as("line %d", n).isEqualTo(line.codePointCount(0, line.length()));
      for (int from = 0; from <= s.lineLength(n); from++) {
        for (int to = from; to <= s.lineLength(n); to++) {
          assertThat(s.line(n, from, to)).as("line %d [%d, %d)", n, from, to)
              .isEqualTo(line.substring(line.offsetByCodePoints(0, from), line.offsetByCodePoints(0, to)));
        }
      }
    }
    assertThat(s.lineLength(1)).isEqualTo(6);
    assertThat(s.lineLength(2)).isEqualTo(4);
    assertThat(s.line(2, 1, 3)).isEqualTo("\uD83D\uDE00y");
  }

  @Test
  void everyLineOfALargeFileIsFoundInAnyOrder() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 50_000; i++) {
      text.append("line ").append(i).append('\n');
    }
    SpecSource s = new SpecSource("big.yaml", text.toString());
    for (int i = 50_000; i >= 1; i -= 7) {
      assertThat(s.line(i)).isEqualTo("line " + i);
    }
  }

  @Test
  void threadsThatLookUpAtOnceSeeTheSameLines() throws Exception {
    SpecSource s = new SpecSource("s.yaml", "x\n".repeat(1000) + "end\n");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> found = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        found.add(pool.submit(() -> s.line(1001)));
      }
      for (Future<String> f : found) {
        assertThat(f.get()).isEqualTo("end");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void isAValueOfNameAndText() {
    assertThat(new SpecSource("a", "t")).isEqualTo(new SpecSource("a", "t")).hasSameHashCodeAs(new SpecSource("a", "t"))
        .isNotEqualTo(new SpecSource("b", "t")).isNotEqualTo(new SpecSource("a", "u"));
  }
}
