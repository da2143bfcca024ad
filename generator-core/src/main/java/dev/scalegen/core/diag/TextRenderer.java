package dev.scalegen.core.diag;

import dev.scalegen.core.spec.SpecSource;

/**
 * Renders a diagnostic the way compilers do:
 *
 * <pre>
 * examples/bad.yaml:12:12: error[SG201]: `autoscaling.min` (60) is above `autoscaling.max` (50)
 *    12 |       min: 60
 *       |            ^
 *   hint: raise `max` to at least 60 or lower `min` to at most 50
 * </pre>
 *
 * Pure function of its inputs; colour is the caller's business. The source line is shown with its
 * control characters escaped ({@link PrintableText}), as the message and hint are.
 */
public final class TextRenderer {
  /** Longest source excerpt shown, in characters. */
  static final int MAX_SNIPPET = 120;

  private TextRenderer() {}

  /** The first line alone: {@code path:line:col: severity[CODE]: message}. */
  public static String headline(Diagnostic d) {
    Location l = d.location();
    String where = l.line() > 0 ? l.file() + ":" + l.line() + ":" + l.column() : l.file();
    return where + ": " + d.severity().label() + "[" + d.code().id() + "]: " + d.message();
  }

  /** The headline, the source line with a caret under the column (when known), and the hint. Ends with a newline. */
  public static String render(Diagnostic d, SpecSource source) {
    StringBuilder b = new StringBuilder(headline(d)).append('\n');
    Location l = d.location();
    // The excerpt is the spec's: a diagnostic located in another file (a base of overlay mode) has none.
    if (source != null && l.line() > 0 && l.file().equals(PrintableText.escape(source.name()))) {
      int length = source.lineLength(l.line());
      if (length > 0) {
        int caret = Math.max(0, Math.min(l.column() - 1, length));
        String line;
        // A very long line (minified YAML, a hostile file) is cut to a window around the column,
        // taken without copying the line: many diagnostics may point into one line (issue 19).
        if (length > MAX_SNIPPET) {
          int from = Math.max(0, caret - MAX_SNIPPET / 2);
          int to = Math.min(length, from + MAX_SNIPPET);
          line = (from > 0 ? "..." : "") + source.line(l.line(), from, to).replace('\t', ' ')
              + (to < length ? "..." : "");
          caret = caret - from + (from > 0 ? 3 : 0);
        } else {
          line = source.line(l.line()).replace('\t', ' ');
        }
        // Control characters of the line are shown escaped, like those of the message; the caret moves with them.
        int split = line.offsetByCodePoints(0, Math.min(caret, line.codePointCount(0, line.length())));
        String before = PrintableText.escape(line.substring(0, split));
        caret += before.codePointCount(0, before.length()) - line.codePointCount(0, split);
        line = before + PrintableText.escape(line.substring(split));
        String number = String.valueOf(l.line());
        String gutter = " ".repeat(Math.max(0, 5 - number.length()));
        b.append(gutter).append(number).append(" | ").append(line).append('\n');
        b.append("      | ").append(" ".repeat(caret)).append("^\n");
      }
    }
    if (!d.hint().isEmpty()) {
      b.append("  hint: ").append(d.hint()).append('\n');
    }
    return b.toString();
  }
}
