package dev.scalegen.core.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Suggests the known names nearest to a misspelled one ("did you mean `autoscaling`?"), and lists
 * known names in a hint. Both are bounded, so that a thousand misspelt references to a thousand
 * tiers get a thousand short hints in little more than the time it takes to read the names: a
 * name is measured only when its length and its characters allow it to be near enough
 * ({@link EditDistance}), and a hint names at most {@value #MAX_SUGGESTIONS} suggestions or
 * {@value #MAX_LISTED} names. An instance holds the names prepared once, for a rule that looks many
 * words up among the same names; it is immutable and safe to share.
 */
public final class DidYouMean {
  /** Most suggestions in one hint: the names nearest to the word, ties in alphabetical order. */
  static final int MAX_SUGGESTIONS = 3;
  /** Most names {@link #names} lists. */
  static final int MAX_LISTED = 10;

  private final List<String> names;
  private final List<String> folded = new ArrayList<>();
  private final List<int[]> counts = new ArrayList<>();

  private DidYouMean(Collection<String> names) {
    this.names = List.copyOf(names);
    for (String name : this.names) {
      String f = EditDistance.fold(name);
      folded.add(f);
      counts.add(EditDistance.counts(f));
    }
  }

  /** The names to suggest from, prepared for many look-ups. */
  public static DidYouMean among(Collection<String> names) {
    return new DidYouMean(names);
  }

  /**
   * The names nearest to {@code word} by edit distance (case ignored), in alphabetical order, at
   * most {@value #MAX_SUGGESTIONS}; empty when none is near enough to be a likely typo (at most a
   * third of the word's length, at least 1 and at most 3 edits away).
   */
  public List<String> suggestions(String word) {
    String w = EditDistance.fold(word);
    int[] wordCounts = EditDistance.counts(w);
    int best = Math.max(1, Math.min(3, word.length() / 3));
    List<String> nearest = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String candidate = folded.get(i);
      if (Math.abs(candidate.length() - w.length()) > best
          || EditDistance.lowerBound(wordCounts, counts.get(i)) > best) {
        continue;
      }
      int d = EditDistance.within(w, candidate, best);
      if (d < best) {
        best = d;
        nearest.clear();
      }
      if (d <= best) {
        nearest.add(names.get(i));
      }
    }
    nearest.sort(null);
    return nearest.size() > MAX_SUGGESTIONS ? List.copyOf(nearest.subList(0, MAX_SUGGESTIONS)) : nearest;
  }

  /** "did you mean `x`?", "did you mean `x` or `y`?", or an empty string. */
  public String hint(String word) {
    List<String> found = suggestions(word);
    return found.isEmpty() ? "" : "did you mean " + join(found, " or ") + "?";
  }

  /** The nearest of {@code candidates} to {@code word} (see {@link #suggestions}), or {@code null}. */
  public static String closest(String word, Collection<String> candidates) {
    List<String> found = among(candidates).suggestions(word);
    return found.isEmpty() ? null : found.get(0);
  }

  /** {@link #hint(String)} among {@code candidates}, for a single look-up. */
  public static String hint(String word, Collection<String> candidates) {
    return among(candidates).hint(word);
  }

  /** {@code `a`, `b`, `c`}: the first {@value #MAX_LISTED} names, then "and N more". */
  public static String names(Collection<String> names) {
    List<String> shown = names.stream().limit(MAX_LISTED).toList();
    String more = names.size() > MAX_LISTED ? " and " + (names.size() - MAX_LISTED) + " more" : "";
    return join(shown, ", ") + more;
  }

  private static String join(List<String> words, String last) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      b.append(i == 0 ? "" : i == words.size() - 1 ? last : ", ").append('`').append(words.get(i)).append('`');
    }
    return b.toString();
  }
}
