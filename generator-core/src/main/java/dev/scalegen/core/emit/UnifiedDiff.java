package dev.scalegen.core.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with three lines of context, as {@code diff -u} and
 * {@code git diff} print it: {@code ---}/{@code +++} headers, then {@code @@ -a,n +b,m @@} hunks.
 * The longest common subsequence is computed in full (quadratic), which suits manifests of a few
 * hundred lines. Empty when the texts are equal.
 */
public final class UnifiedDiff {

  static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code before} (named {@code fromName}) to {@code after} ({@code toName}). */
  public static String diff(String fromName, String before, String toName, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(" " + a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        edits.add("-" + a.get(i++));
      } else {
        edits.add("+" + b.get(j++));
      }
    }
    StringBuilder out = new StringBuilder("--- " + fromName + "\n+++ " + toName + "\n");
    hunks(edits, out);
    return out.toString();
  }

  private static void hunks(List<String> edits, StringBuilder out) {
    int k = 0;
    int lineA = 1;
    int lineB = 1;
    while (k < edits.size()) {
      if (edits.get(k).charAt(0) == ' ') {
        k++;
        lineA++;
        lineB++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      int startA = lineA - (k - start);
      int startB = lineB - (k - start);
      int end = k;
      for (int quiet = 0; end < edits.size() && quiet <= 2 * CONTEXT; end++) {
        quiet = edits.get(end).charAt(0) == ' ' ? quiet + 1 : 0;
      }
      while (end > k && edits.get(end - 1).charAt(0) == ' ' && trailing(edits, k, end) > CONTEXT) {
        end--;
      }
      List<String> hunk = edits.subList(start, end);
      long countA = hunk.stream().filter(e -> e.charAt(0) != '+').count();
      long countB = hunk.stream().filter(e -> e.charAt(0) != '-').count();
      out.append("@@ -").append(startA).append(',').append(countA)
          .append(" +").append(startB).append(',').append(countB).append(" @@\n");
      hunk.forEach(e -> out.append(e).append('\n'));
      for (int m = k; m < end; m++) {
        char c = edits.get(m).charAt(0);
        lineA += c != '+' ? 1 : 0;
        lineB += c != '-' ? 1 : 0;
      }
      k = end;
    }
  }

  /** Context lines at the end of {@code edits[from, to)}. */
  private static int trailing(List<String> edits, int from, int to) {
    int n = 0;
    for (int m = to - 1; m >= from && edits.get(m).charAt(0) == ' '; m--) {
      n++;
    }
    return n;
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return List.of(body.split("\n", -1));
  }
}
