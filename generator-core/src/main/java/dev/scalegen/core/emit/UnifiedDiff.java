package dev.scalegen.core.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link OutputComparison.Difference} as a unified diff, the way {@code git diff} shows it: from
 * what the directory holds ({@code a/}) to what scalegen generates ({@code b/}), with three lines
 * of context, so that the {@code +} lines are what regenerating would write. A missing file is
 * diffed against {@code /dev/null} on the left, a stale one on the right. The text is bounded: past
 * {@code maxLines} lines it ends with a line saying how many were left out. Pure function; front
 * ends print it (the Maven plugin's {@code check}, the CLI).
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;
  /** Above this many cells the line-matching table is not built and the files are shown as replaced. */
  private static final long MAX_CELLS = 4_000_000;

  private UnifiedDiff() {}

  /** The diff of one difference, at most {@code maxLines} lines (plus the truncation line), ending with a newline. */
  public static String render(OutputComparison.Difference d, int maxLines) {
    List<String> a = lines(d.actual());
    List<String> b = lines(d.expected());
    List<String> out = new ArrayList<>();
    out.add("--- " + (d.kind() == OutputComparison.Kind.MISSING ? "/dev/null" : "a/" + d.path()));
    out.add("+++ " + (d.kind() == OutputComparison.Kind.STALE ? "/dev/null" : "b/" + d.path()));
    String ops = script(a, b);
    int i = 0;
    while (i < ops.length()) {
      while (i < ops.length() && ops.charAt(i) == ' ') {
        i++;
      }
      if (i == ops.length()) {
        break;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int equalRun = 0;
      while (end < ops.length() && (ops.charAt(end) != ' ' || equalRun < 2 * CONTEXT)) {
        equalRun = ops.charAt(end) == ' ' ? equalRun + 1 : 0;
        end++;
      }
      end -= Math.max(0, equalRun - CONTEXT);
      hunk(ops, start, end, a, b, out);
      i = end;
    }
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < out.size() && n < maxLines; n++) {
      text.append(out.get(n)).append('\n');
    }
    if (out.size() > maxLines) {
      text.append("... (").append(out.size() - maxLines).append(" more diff lines)\n");
    }
    return text.toString();
  }

  /** Appends one hunk: its {@code @@ -l,n +l,n @@} header, then its lines. */
  private static void hunk(String ops, int start, int end, List<String> a, List<String> b, List<String> out) {
    int aLine = count(ops, 0, start, '+');
    int bLine = count(ops, 0, start, '-');
    int aCount = count(ops, start, end, '+');
    int bCount = count(ops, start, end, '-');
    out.add("@@ -" + range(aLine, aCount) + " +" + range(bLine, bCount) + " @@");
    int ai = aLine;
    int bi = bLine;
    for (int k = start; k < end; k++) {
      switch (ops.charAt(k)) {
        case '-' -> out.add("-" + a.get(ai++));
        case '+' -> out.add("+" + b.get(bi++));
        default -> {
          out.add(" " + a.get(ai++));
          bi++;
        }
      }
    }
  }

  /** Lines in {@code ops[from, to)} that belong to a side, i.e. that are not {@code other}. */
  private static int count(String ops, int from, int to, char other) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += ops.charAt(k) != other ? 1 : 0;
    }
    return n;
  }

  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + "," + count;
  }

  /** The edit script from {@code a} to {@code b}: one of ' ', '-', '+' per line, by longest common subsequence. */
  private static String script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > MAX_CELLS) {
      return "-".repeat(n) + "+".repeat(m);
    }
    StringBuilder ops = new StringBuilder(n + m);
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.append(' ');
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.append('-');
        i++;
      } else {
        ops.append('+');
        j++;
      }
    }
    return ops.toString();
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return List.of(body.split("\n", -1));
  }
}
