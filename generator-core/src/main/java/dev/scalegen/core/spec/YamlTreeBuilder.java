package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.YamlGraph.Container;
import dev.scalegen.core.spec.YamlGraph.Entry;
import dev.scalegen.core.spec.YamlGraph.Mapping;
import dev.scalegen.core.spec.YamlGraph.MergeFailure;
import dev.scalegen.core.spec.YamlGraph.Scalar;
import dev.scalegen.core.spec.YamlGraph.Sequence;
import dev.scalegen.core.spec.YamlScalars.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON tree and {@link SourceMap} of a document from its parse events, giving what
 * snakeyaml-engine's composer and a conversion of its node graph would give. Collections are
 * converted as they stream; anchored values (and merge values, skipped duplicates, non-scalar keys)
 * are kept as a {@link YamlGraph} instead. The collections of the graph that belong in the tree
 * (anchored ones, and those that aliases and merge keys bring) are converted only by
 * {@link #finish()}, once the whole stream has passed the loader's checks; their sizes are measured
 * in advance, so the node limit is known as the stream goes.
 *
 * <p>Two kinds of problem are kept apart, as they came from two steps: {@link #composeError()} (an
 * undefined alias, a key that is not a scalar, a merge of something that is not a mapping; the first
 * one ends building) and the diagnostics of converting (duplicate keys, the node limit).
 */
final class YamlTreeBuilder {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final String file;
  private final Map<String, SourceMap.Node> nodes;
  /** What converting found so far, in the order a depth-first walk of the tree finds it. */
  private List<Diagnostic> converted = new ArrayList<>();

  // Composing.
  private final Map<String, YamlGraph.Node> anchors = new HashMap<>();
  private Frame top;
  private boolean composing = true;
  private RuntimeException composeError;
  private boolean mergeFailed;
  private JsonNode root;
  private boolean rootIsNull;

  // Converting.
  private int nodeCount;
  private boolean limitHit;
  private final List<Expansion> expansions = new ArrayList<>();

  YamlTreeBuilder(String file, int textLength) {
    this.file = file;
    // Real specs have a node per 15 to 35 characters: sized so that the map is rarely rehashed.
    this.nodes = new HashMap<>(Math.max(16, textLength / 10));
  }

  /** The first error that composing the document as a node graph would have thrown, or {@code null}. */
  RuntimeException composeError() {
    return composeError;
  }

  /** Whether the document is a null scalar (or empty): it holds no spec. */
  boolean rootIsNull() {
    return rootIsNull;
  }

  void accept(Event event) {
    if (mergeFailed) { // snakeyaml-engine reports it at the event that follows the mapping
      mergeFailed = false;
      composeError = new ComposerException("Expected mapping node or an anchor referencing mapping",
          event.getStartMark());
    }
    if (!composing) {
      return;
    }
    switch (event.getEventId()) {
      case MappingStart -> open((CollectionStartEvent) event, true);
      case SequenceStart -> open((CollectionStartEvent) event, false);
      case MappingEnd, SequenceEnd -> close();
      case Alias -> alias((AliasEvent) event);
      case Scalar -> scalar((ScalarEvent) event);
      default -> { }
    }
  }

  /**
   * Expands what waited for the end of the stream and returns the tree, or {@code null} when it has
   * more nodes than {@link SpecLimits#MAX_NODES} or nests aliases too deep.
   */
  JsonNode finish() {
    List<Diagnostic> streamed = converted;
    List<Diagnostic> all = new ArrayList<>(streamed.size());
    converted = all;
    int from = 0;
    for (Expansion x : expansions) {
      all.addAll(streamed.subList(from, x.diagnosticsBefore()));
      from = x.diagnosticsBefore();
      nodeCount = x.nodesBefore();
      JsonNode value;
      try {
        value = convert(x.node(), x.pointer(), x.keyLine(), x.keyColumn(), x.depth());
      } catch (LimitExceeded e) {
        limitHit = true; // (known already: the expansion was measured)
        break;
      }
      Frame f = x.parent();
      if (f == null) {
        root = value;
      } else if (f.mapping) {
        f.object.set(x.name(), value);
      } else {
        f.array.set(x.index(), value);
      }
    }
    all.addAll(streamed.subList(from, streamed.size())); // (none after an expansion that hit a limit)
    return limitHit ? null : root;
  }

  SourceMap sourceMap() {
    return new SourceMap(file, nodes);
  }

  /** What converting found: duplicate keys, and the limit if {@link #finish()} returned null. */
  List<Diagnostic> diagnostics() {
    return converted;
  }

  private void fail(RuntimeException e) {
    composeError = e;
    composing = false;
    top = null;
  }

  // ---- Events.

  private void scalar(ScalarEvent event) {
    Frame f = top;
    Mark mark = event.getStartMark().orElse(null);
    int line = line(mark);
    int column = column(mark);
    boolean anchored = event.getAnchor().isPresent();
    if (!anchored && f != null && f.rec == null && f.mapping && !f.atValue) {
      key(f, event.getValue(), line, column, mergeKey(event));
      return;
    }
    Kind kind = YamlScalars.kind(event);
    boolean plain = event.getScalarStyle() == ScalarStyle.PLAIN;
    if (!anchored && streams(f)) {
      JsonNode json = scalarAt(f == null ? 0 : f.depth + 1, nextPointer(f), keyLine(f), keyColumn(f), line, column,
          event.getValue(), plain, kind, YamlScalars.resolved(event));
      if (json != null) {
        attach(f, json);
      }
      if (f == null && kind == Kind.NULL) {
        rootIsNull = true;
      }
      advance(f);
      return;
    }
    String anchor = anchored ? event.getAnchor().get().getValue() : null;
    Scalar node = new Scalar(line, column, anchor, event.getValue(), kind, YamlScalars.resolved(event), plain);
    if (anchored) {
      anchors.put(anchor, node);
    }
    place(node);
  }

  private static boolean mergeKey(ScalarEvent event) {
    Optional<String> tag = event.getTag();
    if (tag.isEmpty() || tag.get().equals("!")) {
      return event.getImplicit().canOmitTagInPlainScalar() && event.getValue().equals("<<");
    }
    return Tag.MERGE.equals(new Tag(tag.get()));
  }

  private void open(CollectionStartEvent event, boolean mapping) {
    Optional<String> tag = event.getTag();
    if (tag.isPresent() && !tag.get().equals("!")) {
      new Tag(tag.get()); // refuses a malformed tag as composing does
    }
    Frame f = top;
    Mark mark = event.getStartMark().orElse(null);
    int line = line(mark);
    int column = column(mark);
    Optional<Anchor> anchor = event.getAnchor();
    if (anchor.isEmpty() && streams(f)) {
      String pointer = nextPointer(f);
      int d = f == null ? 0 : f.depth + 1;
      if (admit(line, column, d)) {
        nodes.put(pointer, new SourceMap.Node(keyLine(f), keyColumn(f), line, column, null, false));
        Frame frame = mapping ? new Frame(f, event.getStartMark(), JSON.objectNode(), pointer, d)
            : new Frame(f, event.getStartMark(), JSON.arrayNode(), pointer, d);
        attach(f, mapping ? frame.object : frame.array);
        top = frame;
        return;
      }
    }
    String name = anchor.map(Anchor::getValue).orElse(null);
    Container node = mapping ? new Mapping(line, column, name) : new Sequence(line, column, name);
    if (name != null) {
      anchors.put(name, node);
    }
    top = new Frame(f, event.getStartMark(), node);
  }

  private void close() {
    Frame f = top;
    if (f.rec == null) {
      if (f.merges != null && !mergeInto(f)) {
        return;
      }
      top = f.parent;
      advance(top);
      return;
    }
    if (f.rec instanceof Mapping m && m.merging) {
      try {
        m.entries = YamlGraph.flatten(m.entries, List.of(), anchors);
      } catch (MergeFailure e) {
        mergeFailed(e, f);
        return;
      }
      m.merging = false;
    }
    top = f.parent;
    place(f.rec);
  }

  private void alias(AliasEvent event) {
    YamlGraph.Node target = anchors.get(event.getAlias().getValue());
    if (target == null) {
      fail(new ComposerException("found undefined alias " + event.getAlias(), event.getStartMark()));
    } else {
      place(target);
    }
  }

  private void mergeFailed(MergeFailure e, Frame f) {
    if (e.notAMapping) {
      fail(null);
      mergeFailed = true; // reported at the next event, as snakeyaml-engine does
    } else {
      fail(new ComposerException("a mapping merges itself with `<<`", f.start));
    }
  }

  // ---- Where a node goes.

  /** Whether a node starting now is converted as it streams: a value of a converted collection. */
  private boolean streams(Frame f) {
    if (limitHit) {
      return false;
    }
    return f == null || f.rec == null && (!f.mapping || f.atValue && !f.skip && !f.mergeKey);
  }

  /** Puts a finished graph node (recorded here, or an alias's target) where the enclosing collection is. */
  private void place(YamlGraph.Node node) {
    Frame f = top;
    if (f != null && f.mapping && !f.atValue) {
      if (!(node instanceof Scalar key)) {
        fail(new YamlEngineException("Non scalar key is detected but it is not configured to be allowed."));
        return;
      }
      if (f.rec != null) {
        f.keyNode = key;
        ((Mapping) f.rec).merging |= key.kind == Kind.MERGE;
        f.atValue = true;
      } else {
        key(f, key.value, key.line, key.column, key.kind == Kind.MERGE);
      }
      return;
    }
    if (f == null || f.rec == null && !f.mergeKey && !f.skip) {
      if (!limitHit) {
        convertAt(f, f == null || !f.mapping ? null : f.key, keyLine(f), keyColumn(f), node);
      }
    } else if (f.rec instanceof Sequence s) {
      s.items.add(node);
    } else if (f.rec instanceof Mapping m) {
      m.entries.add(new Entry(f.keyNode, node));
    } else if (f.mergeKey) {
      if (f.merges == null) {
        f.merges = new ArrayList<>(2);
      }
      f.merges.add(node);
    }
    advance(f);
  }

  /** A key of a streamed mapping: a merge key, a duplicate (its value is then skipped) or a new key. */
  private void key(Frame f, String name, int line, int column, boolean merge) {
    f.atValue = true;
    f.key = name;
    f.keyLine = line;
    f.keyColumn = column;
    f.mergeKey = merge;
    if (!merge && !limitHit && f.object.get(name) != null) {
      duplicate(line, column, SourceMap.child(f.pointer, name), name);
      f.skip = true;
    }
  }

  /** Moves a collection on past the node just placed in it. */
  private static void advance(Frame f) {
    if (f == null) {
      return;
    }
    if (!f.mapping) {
      f.index++;
    } else if (!f.atValue) {
      f.atValue = true;
    } else {
      f.atValue = false;
      f.skip = false;
      f.mergeKey = false;
      f.key = null;
      f.keyNode = null;
    }
  }

  /** The pointer of the node that comes next in a streamed collection (or of the root). */
  private static String nextPointer(Frame f) {
    if (f == null) {
      return "";
    }
    return f.mapping ? SourceMap.child(f.pointer, f.key) : SourceMap.item(f.pointer, f.index);
  }

  private static int keyLine(Frame f) {
    return f != null && f.mapping ? f.keyLine : 0;
  }

  private static int keyColumn(Frame f) {
    return f != null && f.mapping ? f.keyColumn : 0;
  }

  private void attach(Frame f, JsonNode value) {
    attach(f, f == null ? null : f.key, value);
  }

  private void attach(Frame f, String name, JsonNode value) {
    if (f == null) {
      root = value;
    } else if (f.mapping) {
      f.object.set(name, value);
    } else {
      f.array.add(value);
    }
  }

  // ---- Converting.

  /**
   * Converts a graph node into a streamed collection (or the root): a scalar at once, a collection
   * by {@link #finish()}, which replaces the placeholder that holds its place.
   */
  private void convertAt(Frame f, String name, int keyLine, int keyColumn, YamlGraph.Node node) {
    String pointer = f == null ? "" : f.mapping ? SourceMap.child(f.pointer, name) : SourceMap.item(f.pointer, f.index);
    int d = f == null ? 0 : f.depth + 1;
    if (node instanceof Scalar s) {
      JsonNode value = scalarAt(d, pointer, keyLine, keyColumn, s.line, s.column, s.value, s.plain, s.kind, s.resolved);
      if (value != null) {
        attach(f, name, value);
      }
      rootIsNull |= f == null && s.kind == Kind.NULL;
      return;
    }
    Container c = (Container) node;
    expansions.add(new Expansion(c, f, name, f == null ? 0 : f.index, pointer, keyLine, keyColumn, d,
        converted.size(), nodeCount));
    YamlGraph.measure(c);
    if ((long) nodeCount + c.size > SpecLimits.MAX_NODES || (long) d + c.height > SpecLimits.MAX_DEPTH) {
      limitHit = true; // finish() finds exactly where, and reports it
      return;
    }
    nodeCount += c.size;
    nodes.put(pointer, new SourceMap.Node(keyLine, keyColumn, c.line, c.column, null, false));
    attach(f, name, JSON.nullNode());
  }

  /** Converts one scalar; {@code null} when it is one node too many. */
  private JsonNode scalarAt(int d, String pointer, int keyLine, int keyColumn, int line, int column, String value,
      boolean plain, Kind kind, boolean resolved) {
    if (!admit(line, column, d)) {
      return null;
    }
    nodes.put(pointer, new SourceMap.Node(keyLine, keyColumn, line, column, value, plain));
    return YamlScalars.value(value, kind, resolved);
  }

  /** Adds to a streamed mapping, after its own entries, those that its merge keys bring; false if it fails. */
  private boolean mergeInto(Frame f) {
    List<Entry> entries = new ArrayList<>(f.merges.size() + 1);
    entries.add(Entry.OWN);
    for (YamlGraph.Node value : f.merges) {
      entries.add(new Entry(Scalar.MERGE_KEY, value));
    }
    List<Entry> flat;
    try {
      flat = YamlGraph.flatten(entries, f.object.propertyNames(), anchors);
    } catch (MergeFailure e) {
      mergeFailed(e, f);
      return false;
    }
    for (Entry e : flat) {
      if (limitHit) {
        break;
      }
      if (e == Entry.OWN) {
        continue;
      }
      Scalar key = e.key();
      if (f.object.get(key.value) != null) {
        duplicate(key.line, key.column, SourceMap.child(f.pointer, key.value), key.value);
      } else {
        convertAt(f, key.value, key.line, key.column, e.value());
      }
    }
    return true;
  }

  /** Converts a graph node and what it holds, as the composed graph used to be converted. */
  private JsonNode convert(YamlGraph.Node node, String pointer, int keyLine, int keyColumn, int d) {
    if (!admit(node.line, node.column, d)) {
      throw new LimitExceeded();
    }
    if (node instanceof Scalar s) {
      nodes.putIfAbsent(pointer, new SourceMap.Node(keyLine, keyColumn, s.line, s.column, s.value, s.plain));
      return YamlScalars.value(s.value, s.kind, s.resolved);
    }
    nodes.putIfAbsent(pointer, new SourceMap.Node(keyLine, keyColumn, node.line, node.column, null, false));
    if (node instanceof Sequence seq) {
      ArrayNode array = JSON.arrayNode(seq.items.size());
      int i = 0;
      for (YamlGraph.Node item : seq.items) {
        array.add(convert(item, SourceMap.item(pointer, i++), 0, 0, d + 1));
      }
      return array;
    }
    ObjectNode object = JSON.objectNode();
    for (Entry e : ((Mapping) node).entries) {
      Scalar key = e.key();
      String child = SourceMap.child(pointer, key.value);
      if (object.get(key.value) != null) {
        duplicate(key.line, key.column, child, key.value);
      } else {
        object.set(key.value, convert(e.value(), child, key.line, key.column, d + 1));
      }
    }
    return object;
  }

  /** Counts one more converted node; false (and the limit reported) when it is one too many or too deep. */
  private boolean admit(int line, int column, int d) {
    if (++nodeCount > SpecLimits.MAX_NODES || d > SpecLimits.MAX_DEPTH) {
      limitHit = true;
      converted.add(Diagnostic.of(Code.YAML_LIMIT, new Location(file, line, column, ""),
          nodeCount > SpecLimits.MAX_NODES
              ? "the document expands to more than " + SpecLimits.MAX_NODES + " nodes once aliases are resolved"
              : "aliases nest deeper than " + SpecLimits.MAX_DEPTH + " levels",
          "write the values out instead of nesting aliases"));
      return false;
    }
    return true;
  }

  private void duplicate(int line, int column, String pointer, String name) {
    SourceMap.Node first = nodes.get(pointer);
    converted.add(Diagnostic.of(Code.DUPLICATE_KEY, new Location(file, line, column, pointer),
        "duplicate key `" + name + "` (first defined at line " + first.keyLine() + ", column " + first.keyColumn() + ")",
        "remove one of the two; YAML keeps only one value per key"));
  }

  private static int line(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark == null ? 0 : mark.getColumn() + 1;
  }

  /** An open mapping or sequence: streamed (converted as it comes) or recorded as a graph node. */
  private static final class Frame {
    final Frame parent;
    final Optional<Mark> start;
    final boolean mapping;
    /** Streamed: the JSON container, its pointer and depth. */
    final ObjectNode object;
    final ArrayNode array;
    final String pointer;
    final int depth;
    /** Recorded: the graph node being built. */
    final Container rec;
    /** Sequence: the index of the next item. */
    int index;
    /** Mapping: whether a key has been read and its value comes next, and that key. */
    boolean atValue;
    String key;
    int keyLine;
    int keyColumn;
    Scalar keyNode;
    /** Streamed mapping: the key is a merge key ({@code <<}), or a duplicate whose value is skipped. */
    boolean mergeKey;
    boolean skip;
    /** Streamed mapping: the values of its merge keys. */
    List<YamlGraph.Node> merges;

    Frame(Frame parent, Optional<Mark> start, ObjectNode object, String pointer, int depth) {
      this(parent, start, true, object, null, pointer, depth, null);
    }

    Frame(Frame parent, Optional<Mark> start, ArrayNode array, String pointer, int depth) {
      this(parent, start, false, null, array, pointer, depth, null);
    }

    Frame(Frame parent, Optional<Mark> start, Container rec) {
      this(parent, start, rec instanceof Mapping, null, null, null, 0, rec);
    }

    private Frame(Frame parent, Optional<Mark> start, boolean mapping, ObjectNode object, ArrayNode array,
        String pointer, int depth, Container rec) {
      this.parent = parent;
      this.start = start;
      this.mapping = mapping;
      this.object = object;
      this.array = array;
      this.pointer = pointer;
      this.depth = depth;
      this.rec = rec;
    }
  }

  /** A graph container to convert into its place once the stream has passed its checks. */
  private record Expansion(Container node, Frame parent, String name, int index, String pointer, int keyLine,
      int keyColumn, int depth, int diagnosticsBefore, int nodesBefore) {}

  /** Unwinds the conversion once a limit is hit; the diagnostic is already recorded. */
  private static final class LimitExceeded extends RuntimeException {
    LimitExceeded() {
      super(null, null, false, false);
    }
  }
}
