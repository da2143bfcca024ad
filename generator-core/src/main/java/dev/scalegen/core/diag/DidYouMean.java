package dev.scalegen.core.diag;

import java.util.Collection;
import java.util.Locale;

/** Suggests the closest known word for a misspelled one ("did you mean `autoscaling`?"). */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * The candidate nearest to {@code word} by edit distance, if it is near enough to be a likely
   * typo (at most a third of the word's length, and at least 1, edits away), else {@code null}.
   */
  public static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int d = distance(w, candidate.toLowerCase(Locale.ROOT));
      // Ties go to the alphabetically first candidate, so the hint never depends on iteration order.
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        bestDistance = d;
        best = candidate;
      }
    }
    int allowed = Math.max(1, Math.min(3, word.length() / 3));
    return best != null && bestDistance <= allowed ? best : null;
  }

  /** "did you mean `x`?" or an empty string. */
  public static String hint(String word, Collection<String> candidates) {
    String c = closest(word, candidates);
    return c == null ? "" : "did you mean `" + c + "`?";
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
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
}
