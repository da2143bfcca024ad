package dev.scalegen.core.spec;

import dev.scalegen.core.spec.YamlScalars.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few YAML nodes that {@link YamlTreeBuilder} keeps as a graph instead of converting them as
 * they stream: anchored values (each alias expands one again), the values of merge keys, and values
 * that composing sees but converting skips. An alias is a reference to its anchor's node, so the
 * graph can loop. Positions are 1-based. Merge keys are resolved here exactly as snakeyaml-engine's
 * {@code MergeUtils} resolves them on its node graph.
 */
final class YamlGraph {

  private YamlGraph() {}

  abstract static class Node {
    final int line;
    final int column;
    /** The anchor the node was defined with, or {@code null}. */
    final String anchor;

    Node(int line, int column, String anchor) {
      this.line = line;
      this.column = column;
      this.anchor = anchor;
    }
  }

  static final class Scalar extends Node {
    /** The key of the entries that a streamed mapping's merge keys bring ({@link #flatten}). */
    static final Scalar MERGE_KEY = new Scalar(0, 0, null, "<<", Kind.MERGE, true, true);

    final String value;
    final Kind kind;
    /** The kind was resolved from the text (no explicit tag), so the text matches its pattern. */
    final boolean resolved;
    final boolean plain;

    Scalar(int line, int column, String anchor, String value, Kind kind, boolean resolved, boolean plain) {
      super(line, column, anchor);
      this.value = value;
      this.kind = kind;
      this.resolved = resolved;
      this.plain = plain;
    }
  }

  /** A mapping or a sequence, and what {@link #measure} found about it. */
  abstract static class Container extends Node {
    static final int UNMEASURED = -1;
    static final int MEASURING = -2;
    static final int INFINITE = Integer.MAX_VALUE;

    /** The nodes that converting it visits (saturating at INFINITE), or UNMEASURED. */
    int size = UNMEASURED;
    /** How much deeper than itself converting it goes. */
    int height;

    Container(int line, int column, String anchor) {
      super(line, column, anchor);
    }
  }

  static final class Sequence extends Container {
    final List<Node> items = new ArrayList<>();

    Sequence(int line, int column, String anchor) {
      super(line, column, anchor);
    }
  }

  static final class Mapping extends Container {
    List<Entry> entries = new ArrayList<>();
    /** A merge key has been read and not resolved yet (the mapping is still open). */
    boolean merging;

    Mapping(int line, int column, String anchor) {
      super(line, column, anchor);
    }
  }

  /** A key and its value; keys are scalars (composing refuses any other key). */
  record Entry(Scalar key, Node value) {
    /** Stands for the entries of a streamed mapping (already converted) in what {@link #flatten} resolves. */
    static final Entry OWN = new Entry(null, null);
  }

  /** Why merge keys cannot be resolved. */
  static final class MergeFailure extends Exception {
    /** A merged value is not a mapping (else a mapping merges itself, and the rounds never end). */
    final boolean notAMapping;

    MergeFailure(boolean notAMapping) {
      super(null, null, false, false);
      this.notAMapping = notAMapping;
    }
  }

  /**
   * Sets the size and height of a container, both INFINITE when an alias inside it leads back to
   * it: converting it then never ends (and stops at a limit).
   */
  static void measure(Container c) {
    if (c.size != Container.UNMEASURED) {
      return;
    }
    c.size = Container.MEASURING;
    long size = 1;
    int height = 0;
    for (Node child : children(c)) {
      int childSize = 1;
      int childHeight = 0;
      if (child instanceof Container inner) {
        if (inner.size == Container.MEASURING) {
          childSize = Container.INFINITE;
          childHeight = Container.INFINITE;
        } else {
          measure(inner);
          childSize = inner.size;
          childHeight = inner.height;
        }
      }
      size = Math.min(Container.INFINITE, size + childSize);
      height = Math.max(height, childHeight == Container.INFINITE ? Container.INFINITE : childHeight + 1);
    }
    c.size = (int) size;
    c.height = height;
  }

  /** What converting a container visits: its items, or the values of its keys' first occurrences. */
  private static List<Node> children(Container c) {
    if (c instanceof Sequence s) {
      return s.items;
    }
    List<Node> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Entry e : ((Mapping) c).entries) {
      if (seen.add(e.key().value)) {
        values.add(e.value());
      }
    }
    return values;
  }

  /**
   * A mapping's entries with its merge keys resolved: its own entries first, then those of each
   * merged mapping whose key is not there yet. A merged mapping that is still open and has merge
   * keys of its own brings them along, resolved in another round. {@link Entry#OWN} in
   * {@code entries} stands for entries already converted, whose keys are {@code own}.
   *
   * @param anchors the current node of each anchor (a merged scalar with an anchor that now names a
   *     mapping merges that mapping, as in snakeyaml-engine)
   */
  static List<Entry> flatten(List<Entry> entries, Collection<String> own, Map<String, Node> anchors)
      throws MergeFailure {
    List<Entry> toProcess = entries;
    for (int round = 0; round <= SpecLimits.MAX_DEPTH + 1; round++) {
      boolean again = false;
      List<Entry> updated = new ArrayList<>(toProcess.size());
      Set<String> keys = new HashSet<>();
      List<Entry> merges = new ArrayList<>(2);
      for (Entry e : toProcess) {
        if (e == Entry.OWN) {
          updated.add(e);
          keys.addAll(own);
        } else if (e.key().kind == Kind.MERGE) {
          merges.add(e);
        } else {
          updated.add(e);
          keys.add(e.key().value);
        }
      }
      for (Entry merge : merges) {
        List<Node> refs = merge.value() instanceof Sequence s ? s.items : List.of(merge.value());
        for (Node ref : refs) {
          Mapping m = asMapping(ref, anchors);
          again |= m.merging;
          Set<String> added = new HashSet<>();
          for (Entry e : m.entries) {
            if (!keys.contains(e.key().value)) {
              updated.add(e);
              added.add(e.key().value);
            }
          }
          keys.addAll(added);
        }
      }
      if (!again) {
        return updated;
      }
      toProcess = updated;
    }
    // Each round climbs one open mapping up; more rounds than there are levels means a loop
    // (snakeyaml-engine's own merge never returns on it).
    throw new MergeFailure(false);
  }

  private static Mapping asMapping(Node node, Map<String, Node> anchors) throws MergeFailure {
    if (node instanceof Mapping m) {
      return m;
    }
    if (node.anchor != null && anchors.get(node.anchor) instanceof Mapping m) {
      return m;
    }
    throw new MergeFailure(true);
  }
}
