package dev.scalegen.core.spec;

import java.util.Arrays;
import java.util.Objects;

/**
 * The text of one spec and the name to report it under (usually the path the user typed). A value:
 * equal when name and text are. Immutable and safe to share between threads.
 *
 * <p>{@link #line(int)} looks a line up in an index of line starts, made on the first call (one pass
 * over the text), so that rendering 10,000 diagnostics costs 10,000 look-ups, not 10,000 scans from
 * the start of the file.
 */
public final class SpecSource {
  private final String name;
  private final String text;
  /** Offset of the first character of each line; made lazily, published through the volatile write. */
  private volatile int[] lineStarts;

  /**
   * @param name how diagnostics name the file, e.g. {@code examples/docvault/scaling.yaml}
   * @param text the whole file, decoded
   */
  public SpecSource(String name, String text) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** How diagnostics name the file. */
  public String name() {
    return name;
  }

  /** The whole file, decoded. */
  public String text() {
    return text;
  }

  /** The 1-based line of the text, without its line break ({@code \n} or {@code \r\n}), or an empty string. */
  public String line(int number) {
    int[] starts = starts();
    if (number < 1 || number > starts.length) {
      return "";
    }
    int start = starts[number - 1];
    int end = number < starts.length ? starts[number] - 1 : text.length();
    String line = text.substring(start, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /**
   * The index of line starts. Two threads that both find it missing both make it, and make the same
   * array: the race is benign (the array is complete before the volatile write publishes it).
   */
  private int[] starts() {
    int[] starts = lineStarts;
    if (starts == null) {
      int[] found = new int[16];
      int count = 0;
      found[count++] = 0;
      for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = nl + 1;
      }
      starts = Arrays.copyOf(found, count);
      lineStarts = starts;
    }
    return starts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecSource other && name.equals(other.name) && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, text);
  }

  @Override
  public String toString() {
    return "SpecSource[name=" + name + ", text=" + text.length() + " characters]";
  }
}
