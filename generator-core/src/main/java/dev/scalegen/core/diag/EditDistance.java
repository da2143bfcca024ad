package dev.scalegen.core.diag;

import java.util.Locale;

/**
 * Edit distances for {@link DidYouMean}, bounded so that comparing a word with a thousand names
 * costs little more than reading them: {@link #lowerBound} rules most names out from counts of
 * characters alone, and {@link #within} computes only the cells near the diagonal and stops as
 * soon as the limit is exceeded. Case is ignored: both strings are lower case.
 */
final class EditDistance {
  /** Characters are counted in this many classes (by their value modulo the number). */
  static final int CLASSES = 32;

  private EditDistance() {}

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** How many characters of {@code s} fall in each class. */
  static int[] counts(String s) {
    int[] counts = new int[CLASSES];
    for (int i = 0; i < s.length(); i++) {
      counts[s.charAt(i) % CLASSES]++;
    }
    return counts;
  }

  /**
   * A lower bound of the distance from the counts alone: every edit (a swap moves no character)
   * adds or removes at most one character of each string's surplus, and merging characters into
   * classes only makes the surpluses smaller.
   */
  static int lowerBound(int[] a, int[] b) {
    int more = 0;
    int fewer = 0;
    for (int c = 0; c < CLASSES; c++) {
      int d = a[c] - b[c];
      if (d > 0) {
        more += d;
      } else {
        fewer -= d;
      }
    }
    return Math.max(more, fewer);
  }

  /**
   * The optimal string alignment distance (insertions, deletions, substitutions and swaps of
   * neighbours) when it is at most {@code limit}, else {@code limit + 1}.
   */
  static int within(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    int over = limit + 1;
    if (Math.abs(n - m) > limit) {
      return over;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      // Cells outside [from, to] exceed the limit; the one on each side of the band says so.
      int from = Math.max(1, i - limit);
      int to = (int) Math.min(m, (long) i + limit);
      current[from - 1] = from == 1 ? Math.min(i, over) : over;
      int rowMin = current[from - 1];
      char ai = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        char bj = b.charAt(j - 1);
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = Math.min(d, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = over;
      }
      if (rowMin > limit) {
        return over;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[m];
  }
}
