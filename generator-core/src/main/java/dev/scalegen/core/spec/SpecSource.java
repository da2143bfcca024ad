package dev.scalegen.core.spec;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * The text of one spec and the name to report it under (usually the path the user typed). A value:
 * equal when name and text are. Immutable and safe to share between threads.
 *
 * <p>{@link #line(int)} looks a line up in an index of line starts, made on the first call (one pass
 * over the text), so that rendering 10,000 diagnostics costs 10,000 look-ups, not 10,000 scans from
 * the start of the file. The index also knows which lines hold a character outside the Basic
 * Multilingual Plane (a surrogate pair): on the others a column, counted in code points, is a
 * character offset, so that {@link #lineLength} and {@link #line(int, int, int)} take a window of a
 * long line without walking it (issue 19: 4,000 diagnostics on one flow-style line of 300,000
 * characters each copied and counted the whole line).
 */
public final class SpecSource {
  private final String name;
  private final String text;
  /** Offset of the first character of each line, and the lines with a surrogate pair. */
  private record Index(int[] starts, BitSet wide) {}

  /** Made lazily, published through the volatile write. */
  private volatile Index index;

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
    int[] starts = index().starts();
    if (number < 1 || number > starts.length) {
      return "";
    }
    return text.substring(starts[number - 1], end(starts, number));
  }

  /** The length of {@link #line(int)} in code points; O(1) unless the line holds a surrogate pair. */
  public int lineLength(int number) {
    Index index = index();
    if (number < 1 || number > index.starts().length) {
      return 0;
    }
    int start = index.starts()[number - 1];
    int end = end(index.starts(), number);
    return index.wide().get(number - 1) ? text.codePointCount(start, end) : end - start;
  }

  /**
   * The code points {@code from} (inclusive) to {@code to} (exclusive) of {@link #line(int)}, where
   * {@code 0 <= from <= to <= lineLength(number)}: {@code line(number).substring(...)} by code
   * points, without copying the rest of the line.
   */
  public String line(int number, int from, int to) {
    Index index = index();
    if (number < 1 || number > index.starts().length) {
      return "";
    }
    int start = index.starts()[number - 1];
    if (!index.wide().get(number - 1)) {
      return text.substring(start + from, start + to);
    }
    int first = text.offsetByCodePoints(start, from);
    return text.substring(first, text.offsetByCodePoints(first, to - from));
  }

  /** Where line {@code number} ends, before its {@code \n} or {@code \r\n}. */
  private int end(int[] starts, int number) {
    int end = number < starts.length ? starts[number] - 1 : text.length();
    return end > starts[number - 1] && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /**
   * The index of lines. Two threads that both find it missing both make it, and make the same
   * index: the race is benign (it is complete before the volatile write publishes it).
   */
  private Index index() {
    Index made = index;
    if (made == null) {
      int[] found = new int[16];
      int count = 0;
      found[count++] = 0;
      BitSet wide = new BitSet();
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        } else if (Character.isSurrogate(c)) {
          wide.set(count - 1);
        }
      }
      made = new Index(Arrays.copyOf(found, count), wide);
      index = made;
    }
    return made;
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
