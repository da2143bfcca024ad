package dev.scalegen.core.spec;

import java.util.Objects;

/**
 * The text of one spec and the name to report it under (usually the path the user typed).
 *
 * @param name how diagnostics name the file, e.g. {@code examples/docvault/scaling.yaml}
 * @param text the whole file, decoded
 */
public record SpecSource(String name, String text) {
  public SpecSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The 1-based line of the text, without its line break, or an empty string. */
  public String line(int number) {
    if (number < 1) {
      return "";
    }
    int start = 0;
    for (int i = 1; i < number; i++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return "";
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    String line = end < 0 ? text.substring(start) : text.substring(start, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
