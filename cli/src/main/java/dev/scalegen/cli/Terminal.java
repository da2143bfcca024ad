package dev.scalegen.cli;

import dev.scalegen.core.diag.Severity;

/**
 * Colour for text diagnostics: only when standard error is a terminal and {@code NO_COLOR} is not
 * set (https://no-color.org). The colouring follows the rendered text's fixed shape.
 */
final class Terminal {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[1;36m";
  private static final String GREEN = "\u001b[1;32m";

  private Terminal() {}

  static boolean colour() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }

  /** Colours a rendered diagnostic: the severity word, the message in bold, the caret and the hint label. */
  static String paint(String rendered, Severity severity) {
    String word = severity.label();
    String colour = severity == Severity.ERROR ? RED : severity == Severity.WARNING ? YELLOW : GREEN;
    StringBuilder b = new StringBuilder();
    String[] lines = rendered.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0) {
        int at = line.indexOf(": " + word + "[");
        int end = line.indexOf("]: ", at);
        line = at < 0 || end < 0 ? line
            : BOLD + line.substring(0, at + 2) + RESET + colour + line.substring(at + 2, end + 1) + RESET
                + BOLD + line.substring(end + 1) + RESET;
      } else if (line.startsWith("      | ") && line.endsWith("^")) {
        line = line.substring(0, line.length() - 1) + GREEN + "^" + RESET;
      } else if (line.startsWith("  hint: ")) {
        line = "  " + CYAN + "hint:" + RESET + line.substring(7);
      }
      b.append(line);
      if (i < lines.length - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }
}
