package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Location;
import java.util.Map;

/**
 * Where every node of a spec came from: for each node, addressed by its JSON pointer
 * ({@code /tiers/backend/autoscaling/min}), the position of its key and of its value, and for
 * scalars the text exactly as written and whether it was unquoted. Immutable.
 */
public final class SourceMap {

  /** Position and text of one node; lines and columns are 1-based, 0 when unknown. */
  public record Node(int keyLine, int keyColumn, int line, int column, String rawText, boolean plain) {}

  private final String file;
  private final Map<String, Node> nodes;

  /** Takes {@code nodes} over without copying it: the caller must not change the map afterwards. */
  SourceMap(String file, Map<String, Node> nodes) {
    this.file = file;
    this.nodes = nodes;
  }

  /** The file name as the user gave it. */
  public String file() {
    return file;
  }

  /** The node at a pointer, or {@code null}. */
  public Node node(String pointer) {
    return nodes.get(pointer);
  }

  /** Location of the value at a pointer, falling back to the nearest ancestor that is known. */
  public Location valueAt(String pointer) {
    String p = pointer;
    while (true) {
      Node n = nodes.get(p);
      if (n != null) {
        return new Location(file, n.line(), n.column(), pointer);
      }
      if (p.isEmpty()) {
        return new Location(file, 1, 1, pointer);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Location of the key of a mapping entry, or of its value when it has no key (list items, root). */
  public Location keyAt(String pointer) {
    Node n = nodes.get(pointer);
    if (n != null && n.keyLine() > 0) {
      return new Location(file, n.keyLine(), n.keyColumn(), pointer);
    }
    return valueAt(pointer);
  }

  /**
   * For each of {@code pointers}, the last line on which a node at or below it starts (its key line
   * when it has no children, 0 when the spec does not have it): where a block such as a tier ends.
   * One pass over the nodes, whatever the number of pointers.
   */
  public Map<String, Integer> lastLines(java.util.Set<String> pointers) {
    Map<String, Integer> last = new java.util.HashMap<>();
    for (Map.Entry<String, Node> e : nodes.entrySet()) {
      int line = Math.max(e.getValue().line(), e.getValue().keyLine());
      for (String p = e.getKey(); ; p = p.substring(0, p.lastIndexOf('/'))) {
        if (pointers.contains(p)) {
          last.merge(p, line, Math::max);
        }
        if (p.isEmpty()) {
          break;
        }
      }
    }
    return last;
  }

  /** The text of a scalar exactly as written in the file, or {@code null}. */
  public String rawText(String pointer) {
    Node n = nodes.get(pointer);
    return n == null ? null : n.rawText();
  }

  /** Escapes one pointer segment ({@code ~} and {@code /}) as RFC 6901 says. */
  public static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of a child: {@code child("/tiers", "backend")} is {@code /tiers/backend}. */
  public static String child(String pointer, String segment) {
    // Not `+`: called for every node of a spec, and a fresh JVM pays for linking each `+` call site.
    String s = escape(segment);
    return new StringBuilder(pointer.length() + 1 + s.length()).append(pointer).append('/').append(s).toString();
  }

  /** The pointer of a list item: {@code item("/tiers/web/command", 1)} is {@code /tiers/web/command/1}. */
  static String item(String pointer, int index) {
    return new StringBuilder(pointer.length() + 4).append(pointer).append('/').append(index).toString();
  }

  /** Turns a pointer into the dotted form users read in messages: {@code tiers.backend.autoscaling.min}. */
  public static String dotted(String pointer) {
    if (pointer.isEmpty()) {
      return "(root)";
    }
    StringBuilder b = new StringBuilder();
    for (String seg : pointer.substring(1).split("/", -1)) {
      String s = seg.replace("~1", "/").replace("~0", "~");
      if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) {
        b.append('[').append(s).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(s);
      }
    }
    return b.toString();
  }
}
