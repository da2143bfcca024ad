package dev.scalegen.core.emit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Writes a plain tree as {@link YamlEvents} does (snakeyaml-engine's emitter with
 * {@link ManifestYaml}'s settings), byte for byte, assembling the block structure itself (a key
 * and {@code ": "}, two spaces of indentation per mapping, list items at their parent key's
 * indentation) and asking the emitter how each distinct scalar is written, once per text, place
 * (key, value, list item) and type: it dumps a one-entry document through {@link YamlEvents} and
 * keeps what stands where the scalar stands. Quoting, escaping and the choice of style stay the
 * library's.
 *
 * <p>What it does not assemble, it leaves to {@link YamlEvents} (returns {@code null}): a scalar
 * the emitter writes on more than one line (a literal block, a complex key) and a list directly
 * inside a list. {@code BlockWriterTest} holds both writers to the same bytes on every object of
 * DocVault and on trees of awkward scalars in every place, and the golden tests compare whole
 * outputs.
 *
 * <p>Why not the emitter for the whole tree: its work per scalar (an event, a state change, an
 * analysis of every character of the text, the same for the ten-thousandth {@code apiVersion})
 * was half of the CPU time of writing a 1,000-tier spec and most of the time of emit;
 * {@code docs/benchmarks.md} gives the whole-process figures before and after. Thread-safe: the
 * memo is a concurrent map.
 */
final class BlockWriter {

  /** Where a scalar stands: its text is the same in every document for the same place. */
  private enum Place { KEY, VALUE, ITEM }

  /**
   * What each scalar is written as at each place (by {@link Place#ordinal()}), or
   * {@link #NOT_ONE_LINE} when the emitter needs more than one line. (One map per place, keyed by
   * the value: a record of both as the key hashed through method handles, a tenth of writing.)
   */
  private final List<ConcurrentMap<Object, String>> written =
      List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
  private final Function<Object, String> dump;

  private static final String NOT_ONE_LINE = "\n";

  /** @param dump the emitter's YAML of a tree (of {@link YamlEvents}), asked once per distinct scalar */
  BlockWriter(Function<Object, String> dump) {
    this.dump = dump;
  }

  /** The YAML of a tree whose root is a mapping, or {@code null} when it must be left to the emitter. */
  String write(Map<?, ?> tree) {
    StringBuilder out = new StringBuilder(4096);
    return map(tree, 0, false, out) ? out.toString() : null;
  }

  /** Writes the entries of {@code map} at column {@code indent}; the first right after {@code "- "} when {@code inItem}. */
  private boolean map(Map<?, ?> map, int indent, boolean inItem, StringBuilder out) {
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first || !inItem) {
        pad(indent, out);
      }
      first = false;
      String key = scalar(Place.KEY, entry.getKey().toString());
      if (key == null) {
        return false;
      }
      out.append(key).append(':');
      Object value = entry.getValue();
      if (value instanceof Map<?, ?> child && !child.isEmpty()) {
        out.append('\n');
        if (!map(child, indent + 2, false, out)) {
          return false;
        }
      } else if (value instanceof List<?> items && !items.isEmpty()) {
        out.append('\n');
        if (!list(items, indent, out)) {
          return false;
        }
      } else {
        String text = scalar(Place.VALUE, value);
        if (text == null) {
          return false;
        }
        out.append(' ').append(text).append('\n');
      }
    }
    return true;
  }

  /** Writes the items of {@code items}, each {@code "- "} at column {@code indent}. */
  private boolean list(List<?> items, int indent, StringBuilder out) {
    for (Object item : items) {
      pad(indent, out);
      out.append("- ");
      if (item instanceof Map<?, ?> child && !child.isEmpty()) {
        if (!map(child, indent + 2, true, out)) {
          return false;
        }
      } else if (item instanceof List<?> inner && !inner.isEmpty()) {
        return false;
      } else {
        String text = scalar(Place.ITEM, item);
        if (text == null) {
          return false;
        }
        out.append(text).append('\n');
      }
    }
    return true;
  }

  private static final String SPACES = " ".repeat(64);

  private static void pad(int indent, StringBuilder out) {
    for (int left = indent; left > 0; left -= SPACES.length()) {
      out.append(SPACES, 0, Math.min(left, SPACES.length()));
    }
  }

  /** How the emitter writes {@code value} at {@code place} (an empty mapping or list too), or {@code null}. */
  private String scalar(Place place, Object value) {
    ConcurrentMap<Object, String> at = written.get(place.ordinal());
    String text = at.get(value);
    if (text == null) {
      text = ask(place, value);
      at.putIfAbsent(value, text);
    }
    return NOT_ONE_LINE.equals(text) ? null : text;
  }

  /** Dumps a document holding only {@code value} at {@code place}, and cuts out what stands for it. */
  private String ask(Place place, Object value) {
    String yaml;
    String before;
    String after;
    switch (place) {
      case KEY -> {
        yaml = dump.apply(Map.of(value, "v"));
        before = "";
        after = ": v\n";
      }
      case VALUE -> {
        yaml = dump.apply(Map.of("k", value));
        before = "k: ";
        after = "\n";
      }
      default -> {
        yaml = dump.apply(List.of(value));
        before = "- ";
        after = "\n";
      }
    }
    if (!yaml.startsWith(before) || !yaml.endsWith(after) || yaml.length() < before.length() + after.length()) {
      return NOT_ONE_LINE;
    }
    String text = yaml.substring(before.length(), yaml.length() - after.length());
    return text.isEmpty() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 ? NOT_ONE_LINE : text;
  }
}
