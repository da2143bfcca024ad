package dev.scalegen.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsAnAdjacentSwapAsOneEdit() {
    assertThat(EditDistance.within("ab", "ba", 9)).isEqualTo(1);
    assertThat(EditDistance.within("kitten", "sitting", 9)).isEqualTo(3);
  }

  @Test
  void theBoundedDistanceIsExactUpToItsLimitAndTheCountsNeverOverstateIt() {
    Random random = new Random(12);
    for (int n = 0; n < 20_000; n++) {
      String a = word(random);
      String b = random.nextBoolean() ? word(random) : mutate(a, random);
      int exact = reference(a, b);
      for (int limit = 0; limit <= 4; limit++) {
        assertThat(EditDistance.within(a, b, limit)).as("%s %s limit %d", a, b, limit)
            .isEqualTo(Math.min(exact, limit + 1));
      }
      assertThat(EditDistance.lowerBound(EditDistance.counts(a), EditDistance.counts(b))).as("%s %s", a, b)
          .isLessThanOrEqualTo(exact);
    }
  }

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(9); i > 0; i--) {
      b.append((char) ('a' + random.nextInt(4)));
    }
    return b.toString();
  }

  private static String mutate(String a, Random random) {
    StringBuilder b = new StringBuilder(a);
    for (int edits = random.nextInt(4); edits > 0 && b.length() > 1; edits--) {
      int at = random.nextInt(b.length() - 1);
      switch (random.nextInt(4)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, 'x');
        case 2 -> b.setCharAt(at, 'y');
        default -> {
          char c = b.charAt(at);
          b.setCharAt(at, b.charAt(at + 1));
          b.setCharAt(at + 1, c);
        }
      }
    }
    return b.toString();
  }

  /** The textbook full-matrix optimal string alignment distance. */
  private static int reference(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  @Test
  void charactersTheOtherWordLacksBoundTheDistanceFromBelow() {
    int[] word = EditDistance.counts("tier-numbr-0000");
    assertThat(EditDistance.lowerBound(word, EditDistance.counts("tier-number-0000"))).isEqualTo(1);
    assertThat(EditDistance.lowerBound(word, EditDistance.counts("tier-number-0123"))).isEqualTo(4);
    assertThat(EditDistance.lowerBound(word, EditDistance.counts("0000-rbmun-reit"))).isZero();
  }
}
