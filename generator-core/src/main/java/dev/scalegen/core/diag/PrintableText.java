package dev.scalegen.core.diag;

/**
 * Text from a spec made safe to print: every character that a terminal, a log or a code review
 * would not show as itself is written as an escape. A key holding ESC cannot recolour the terminal,
 * a newline cannot forge a second {@code file:line:col: error[...]} line, and a bidi override cannot
 * reorder what a reviewer reads.
 *
 * <p>Escaped: C0 and C1 control characters and DEL ({@code \n}, {@code \r}, {@code \t} by name, the
 * others as {@code \u001b}), the line and paragraph separators U+2028 and U+2029, the bidi controls
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), and unpaired surrogates. A backslash
 * stays as it is, so that escaping twice changes nothing: {@link Diagnostic} and {@link Location}
 * escape what they are given, and a diagnostic rebuilt from another one is not escaped again.
 */
public final class PrintableText {

  private PrintableText() {}

  /** {@code text} with every character that would not print as itself escaped; the same string if none. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(text, i)) {
        b.append(c);
        if (Character.isHighSurrogate(c)) {
          b.append(text.charAt(++i));
        }
        continue;
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text, i)) {
        return i;
      }
      if (Character.isHighSurrogate(text.charAt(i))) {
        i++;
      }
    }
    return -1;
  }

  /** Whether the character at {@code i} is escaped (a high surrogate is safe when its low half follows). */
  private static boolean unsafe(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c) || Character.isISOControl(c)) {
      return true;
    }
    return switch (c) {
      case '\u2028', '\u2029', '\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
          '\u2066', '\u2067', '\u2068', '\u2069' -> true;
      default -> false;
    };
  }
}
