package dev.scalegen.core.emit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** Unified diffs with three lines of context (java-diff-utils), as {@code check} and {@code diff} print them. */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /** The diff from {@code before} (named {@code fromName}) to {@code after}; ends with a newline. */
  public static String of(String fromName, String before, String toName, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, DiffUtils.diff(a, b), 3)) + "\n";
  }
}
