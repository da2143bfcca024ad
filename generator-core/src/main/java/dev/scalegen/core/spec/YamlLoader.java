package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.YamlScalars.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads YAML text into a JSON tree plus a {@link SourceMap} that keeps the line and column of every
 * node. YAML 1.2 core schema: {@code yes}, {@code no}, {@code on} and {@code off} are strings;
 * {@code 0755} is the integer 755. Duplicate keys are reported, not silently merged. Each limit of
 * {@link SpecLimits} is enforced before the step that it protects.
 *
 * <p>One pass over snakeyaml-engine's parse events builds the tree; no node graph is composed.
 * Problems are still reported as if three steps ran one after the other: the checks of the whole
 * event stream first (one document, nesting depth, aliases to collections), then what composing a
 * graph refuses (an undefined alias, a key that is not a scalar, a merge of something that is not
 * a mapping), then what converting finds (duplicate keys, the node limit). Only anchored values are
 * kept as a small graph ({@link Rec}), so that aliases can be expanded; their expansions are made
 * once the whole stream has passed the checks, so an alias bomb costs nothing before it is refused.
 */
public final class YamlLoader {

  /** The parsed tree ({@code null} when the text could not be parsed), its source map and the problems found. */
  public record Parsed(JsonNode root, SourceMap sourceMap, List<Diagnostic> diagnostics) {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String NOT_A_MAPPING = "Expected mapping node or an anchor referencing mapping";
  private static final String NON_SCALAR_KEY = "Non scalar key is detected but it is not configured to be allowed.";

  private final SpecSource source;
  private final Map<String, SourceMap.Node> nodes;
  /** What converting found: duplicate keys and the node limit, in the order a depth-first walk finds them. */
  private List<Diagnostic> converted = new ArrayList<>();

  // The stream checks.
  private int depth;
  private int documents;
  private int collectionAliases;
  private final Set<String> collectionAnchors = new HashSet<>();

  // Composing.
  private final Map<String, Rec> anchors = new HashMap<>();
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

  private YamlLoader(SpecSource source) {
    this.source = source;
    // Real specs have a node per 15 to 35 characters: sized so that the map is rarely rehashed.
    this.nodes = new HashMap<>(Math.max(16, source.text().length() / 10));
  }

  /** Parses one source. Never throws for bad input. */
  public static Parsed load(SpecSource source) {
    return new YamlLoader(source).run();
  }

  private static LoadSettings settings(String name) {
    return LoadSettings.builder()
        .setLabel(name)
        .setCodePointLimit(SpecLimits.MAX_FILE_BYTES)
        .setUseMarks(true)
        .build();
  }

  private Parsed run() {
    LoadSettings settings = settings(source.name());
    SourceMap empty = new SourceMap(source.name(), Map.of());
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, source.text()));
      while (parser.hasNext()) {
        Diagnostic refused = accept(parser.next());
        if (refused != null) {
          diagnostics.add(refused);
          return new Parsed(null, empty, diagnostics);
        }
      }
      if (composeError != null) {
        throw composeError;
      }
      if (documents == 0 || rootIsNull) {
        diagnostics.add(Diagnostic.of(Code.EMPTY_SPEC, Location.ofFile(source.name()),
            "`" + source.name() + "` holds no spec", "start from `examples/docvault/scaling.yaml`"));
        return new Parsed(null, empty, diagnostics);
      }
      expandAll();
      diagnostics.addAll(converted);
      return limitHit ? new Parsed(null, empty, diagnostics)
          : new Parsed(root, new SourceMap(source.name(), nodes), diagnostics);
    } catch (MarkedYamlEngineException e) {
      Location at = e.getProblemMark().map(this::location).orElse(Location.ofFile(source.name()));
      boolean limit = String.valueOf(e.getProblem()).contains("aliases");
      diagnostics.add(Diagnostic.of(limit ? Code.YAML_LIMIT : Code.YAML_SYNTAX, at, describe(e),
          limit ? "at most " + SpecLimits.MAX_COLLECTION_ALIASES + " aliases to mappings or lists are allowed"
              : syntaxHint(String.valueOf(e.getProblem()))));
      return new Parsed(null, empty, diagnostics);
    } catch (YamlEngineException e) {
      boolean limit = String.valueOf(e.getMessage()).contains("aliases")
          || String.valueOf(e.getMessage()).contains("code points");
      diagnostics.add(Diagnostic.of(limit ? Code.YAML_LIMIT : Code.YAML_SYNTAX, Location.ofFile(source.name()),
          "YAML cannot be read: " + firstLine(e.getMessage()), ""));
      return new Parsed(null, empty, diagnostics);
    }
  }

  /**
   * Checks one event against the limits of the whole stream, then builds from it. Returns the
   * diagnostic that refuses the file, or {@code null}. The checks need no recursion, so deep nesting
   * is refused before anything is built from it.
   */
  private Diagnostic accept(Event event) {
    if (mergeFailed) { // snakeyaml-engine reports a failed merge at the event that follows the mapping
      mergeFailed = false;
      composeError = new ComposerException(NOT_A_MAPPING, event.getStartMark());
    }
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents == 2) {
          return Diagnostic.of(Code.MULTIPLE_DOCUMENTS, location(event.getStartMark()),
              "`" + source.name() + "` holds more than one YAML document",
              "keep one spec per file; remove the `---` line and what follows, or move it to its own file");
        }
      }
      case MappingStart, SequenceStart -> {
        CollectionStartEvent start = (CollectionStartEvent) event;
        Optional<Anchor> anchor = start.getAnchor();
        if (anchor.isPresent()) {
          collectionAnchors.add(anchor.get().getValue());
        }
        if (++depth > SpecLimits.MAX_DEPTH) {
          return Diagnostic.of(Code.YAML_LIMIT, location(event.getStartMark()),
              "nesting is deeper than " + SpecLimits.MAX_DEPTH + " levels", "a spec needs fewer than 10 levels");
        }
        if (composing) {
          open(start, event.getEventId() == Event.ID.MappingStart);
        }
      }
      case MappingEnd, SequenceEnd -> {
        depth--;
        if (composing) {
          close();
        }
      }
      case Alias -> {
        AliasEvent alias = (AliasEvent) event;
        String name = alias.getAlias().getValue();
        if (collectionAnchors.contains(name) && ++collectionAliases > SpecLimits.MAX_COLLECTION_ALIASES) {
          return Diagnostic.of(Code.YAML_LIMIT, location(event.getStartMark()),
              "more than " + SpecLimits.MAX_COLLECTION_ALIASES + " aliases to mappings or lists",
              "write the values out; aliases that multiply each other can expand to billions of nodes");
        }
        if (composing) {
          Rec target = anchors.get(name);
          if (target == null) {
            fail(new ComposerException("found undefined alias " + alias.getAlias(), event.getStartMark()));
          } else {
            place(target);
          }
        }
      }
      case Scalar -> {
        if (composing) {
          scalar((ScalarEvent) event);
        }
      }
      default -> { }
    }
    return null;
  }

  /** Records the first error that composing a node graph would have thrown, and stops building. */
  private void fail(RuntimeException e) {
    composeError = e;
    composing = false;
    top = null;
  }

  // ---- Building: streamed collections are converted as they come, anchored ones are recorded.

  /** Whether a node starting now is converted as it streams (a value in a converted collection). */
  private boolean streams(Frame f) {
    if (limitHit) {
      return false;
    }
    if (f == null) {
      return true;
    }
    return f.rec == null && (!f.mapping || f.atValue && !f.skip && !f.mergeKey);
  }

  private void scalar(ScalarEvent event) {
    Frame f = top;
    Mark mark = event.getStartMark().orElse(null);
    int line = line(mark);
    int column = column(mark);
    if (event.getAnchor().isEmpty() && f != null && f.rec == null && f.mapping && !f.atValue) {
      key(f, event.getValue(), line, column, mergeKey(event));
      return;
    }
    Kind kind = YamlScalars.kind(event);
    if (event.getAnchor().isEmpty() && streams(f)) {
      JsonNode json = scalarAt(f == null ? 0 : f.depth + 1, nextPointer(f), keyLine(f), keyColumn(f), line, column,
          event.getValue(), event.getScalarStyle() == ScalarStyle.PLAIN, kind, YamlScalars.resolved(event));
      if (json != null) {
        attach(f, json);
      }
      if (f == null && kind == Kind.NULL) {
        rootIsNull = true;
      }
      advance(f);
      return;
    }
    String anchor = event.getAnchor().map(Anchor::getValue).orElse(null);
    RScalar rec = new RScalar(line, column, anchor, event.getValue(), kind, YamlScalars.resolved(event),
        event.getScalarStyle() == ScalarStyle.PLAIN);
    if (anchor != null) {
      anchors.put(anchor, rec);
    }
    place(rec);
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
    RCollection rec = mapping ? new RMap(line, column, name) : new RSeq(line, column, name);
    if (name != null) {
      anchors.put(name, rec);
    }
    top = new Frame(f, event.getStartMark(), rec);
  }

  private void close() {
    Frame f = top;
    if (f.rec == null) {
      if (f.merges != null) {
        mergeInto(f);
        if (!composing) {
          return;
        }
      }
      top = f.parent;
      advance(top);
      return;
    }
    if (f.rec instanceof RMap map && map.hasMergeTag) {
      List<RTuple> flat = flatten(map.tuples, List.of(), f.start);
      if (flat == null) {
        return;
      }
      map.tuples = flat;
      map.hasMergeTag = false;
    }
    top = f.parent;
    place(f.rec);
  }

  /** Puts a finished node (a recorded one, or an alias's target) where the enclosing collection is. */
  private void place(Rec rec) {
    Frame f = top;
    if (f != null && f.mapping && !f.atValue) {
      if (!(rec instanceof RScalar key)) {
        fail(new YamlEngineException(NON_SCALAR_KEY));
        return;
      }
      if (f.rec != null) {
        f.keyRec = key;
        if (key.kind == Kind.MERGE) {
          ((RMap) f.rec).hasMergeTag = true;
        }
        f.atValue = true;
      } else {
        key(f, key.value, key.line, key.column, key.kind == Kind.MERGE);
      }
      return;
    }
    if (f == null || f.rec == null && !f.mergeKey && !f.skip) {
      if (!limitHit) {
        convertAt(f, f == null || !f.mapping ? null : f.key, keyLine(f), keyColumn(f), rec);
      }
    } else if (f.rec instanceof RSeq seq) {
      seq.items.add(rec);
    } else if (f.rec instanceof RMap map) {
      map.tuples.add(new RTuple(f.keyRec, rec));
    } else if (f.mergeKey) {
      if (f.merges == null) {
        f.merges = new ArrayList<>(2);
      }
      f.merges.add(rec);
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
      f.keyRec = null;
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
    if (f == null) {
      root = value;
    } else if (f.mapping) {
      f.object.set(f.key, value);
    } else {
      f.array.add(value);
    }
  }

  /**
   * Converts a recorded node into a streamed collection (or the root): a scalar at once, a
   * collection once the whole stream has passed its checks (a placeholder holds its place).
   */
  private void convertAt(Frame f, String name, int keyLine, int keyColumn, Rec rec) {
    String pointer = f == null ? "" : f.mapping ? SourceMap.child(f.pointer, name) : SourceMap.item(f.pointer, f.index);
    int d = f == null ? 0 : f.depth + 1;
    JsonNode value;
    if (rec instanceof RScalar s) {
      value = scalarAt(d, pointer, keyLine, keyColumn, s.line, s.column, s.value, s.plain, s.kind, s.resolved);
      if (f == null && s.kind == Kind.NULL) {
        rootIsNull = true;
      }
      if (value == null) {
        return;
      }
    } else {
      RCollection c = (RCollection) rec;
      expansions.add(new Expansion(c, f, name, f == null ? 0 : f.index, pointer, keyLine, keyColumn, d,
          converted.size(), nodeCount));
      measure(c);
      if ((long) nodeCount + c.size > SpecLimits.MAX_NODES || (long) d + c.height > SpecLimits.MAX_DEPTH) {
        limitHit = true; // expandAll finds exactly where, and reports it
        return;
      }
      nodeCount += c.size;
      nodes.put(pointer, new SourceMap.Node(keyLine, keyColumn, c.line, c.column, null, false));
      value = JSON.nullNode(); // replaced by expandAll
    }
    if (f == null) {
      root = value;
    } else if (f.mapping) {
      f.object.set(name, value);
    } else {
      f.array.add(value);
    }
  }

  /** Converts one scalar of a streamed collection; {@code null} when it is one node too many. */
  private JsonNode scalarAt(int d, String pointer, int keyLine, int keyColumn, int line, int column, String value,
      boolean plain, Kind kind, boolean resolved) {
    if (!admit(line, column, d)) {
      return null;
    }
    nodes.put(pointer, new SourceMap.Node(keyLine, keyColumn, line, column, value, plain));
    return YamlScalars.value(value, kind, resolved);
  }

  /** Counts one more converted node; false (and the limit reported) when it is one too many or too deep. */
  private boolean admit(int line, int column, int d) {
    if (++nodeCount > SpecLimits.MAX_NODES || d > SpecLimits.MAX_DEPTH) {
      limitHit = true;
      converted.add(Diagnostic.of(Code.YAML_LIMIT, new Location(source.name(), line, column, ""),
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
    converted.add(Diagnostic.of(Code.DUPLICATE_KEY, new Location(source.name(), line, column, pointer),
        "duplicate key `" + name + "` (first defined at line " + first.keyLine() + ", column " + first.keyColumn() + ")",
        "remove one of the two; YAML keeps only one value per key"));
  }

  // ---- Merge keys, resolved the way snakeyaml-engine's MergeUtils resolves them.

  /** Stands for the entries of a streamed mapping, already converted, in the list that {@link #flatten} resolves. */
  private static final RTuple OWN = new RTuple(null, null);
  private static final RScalar MERGE_KEY = new RScalar(0, 0, null, "<<", Kind.MERGE, true, true);

  /** Adds to a streamed mapping, after its own entries, those its merge keys bring. */
  private void mergeInto(Frame f) {
    List<RTuple> tuples = new ArrayList<>(f.merges.size() + 1);
    tuples.add(OWN);
    for (Rec value : f.merges) {
      tuples.add(new RTuple(MERGE_KEY, value));
    }
    List<RTuple> flat = flatten(tuples, f.object.propertyNames(), f.start);
    if (flat == null || limitHit) {
      return;
    }
    for (RTuple t : flat) {
      if (t == OWN) {
        continue;
      }
      RScalar key = (RScalar) t.key();
      if (f.object.get(key.value) != null) {
        duplicate(key.line, key.column, SourceMap.child(f.pointer, key.value), key.value);
      } else {
        convertAt(f, key.value, key.line, key.column, t.value());
        if (limitHit) {
          return;
        }
      }
    }
  }

  /**
   * A mapping's entries with its merge keys resolved: its own entries first, then those of each
   * merged mapping whose key is not there yet. A merged mapping that is still open and has merge keys
   * of its own brings them along, and they are resolved in another round. Returns {@code null} (and
   * records the error) when a merged value is not a mapping, or when the rounds never end because a
   * mapping merges itself (snakeyaml-engine loops forever on that).
   */
  private List<RTuple> flatten(List<RTuple> tuples, Collection<String> own, Optional<Mark> start) {
    List<RTuple> toProcess = tuples;
    for (int round = 0; ; round++) {
      if (round > SpecLimits.MAX_DEPTH + 1) {
        fail(new ComposerException("a mapping merges itself with `<<`", start));
        return null;
      }
      boolean again = false;
      List<RTuple> updated = new ArrayList<>(toProcess.size());
      Set<String> keys = new HashSet<>();
      List<RTuple> merges = new ArrayList<>(2);
      for (RTuple t : toProcess) {
        if (t == OWN) {
          updated.add(t);
          keys.addAll(own);
        } else if (((RScalar) t.key()).kind == Kind.MERGE) {
          merges.add(t);
        } else {
          updated.add(t);
          keys.add(((RScalar) t.key()).value);
        }
      }
      for (RTuple t : merges) {
        List<Rec> refs = t.value() instanceof RSeq seq ? seq.items : List.of(t.value());
        for (Rec ref : refs) {
          RMap m = asMapping(ref);
          if (m == null) {
            mergeFailed = true; // reported at the next event
            composing = false;
            top = null;
            return null;
          }
          again |= m.hasMergeTag;
          Set<String> added = new HashSet<>();
          for (RTuple e : m.tuples) {
            String name = ((RScalar) e.key()).value;
            if (!keys.contains(name)) {
              updated.add(e);
              added.add(name);
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
  }

  private RMap asMapping(Rec rec) {
    if (rec instanceof RMap m) {
      return m;
    }
    return rec.anchor != null && anchors.get(rec.anchor) instanceof RMap m ? m : null;
  }

  // ---- Expanding recorded collections, once the stream has passed its checks.

  /** Converts every recorded collection into its place, their diagnostics in depth-first order. */
  private void expandAll() {
    List<Diagnostic> streamed = converted;
    List<Diagnostic> all = new ArrayList<>(streamed.size());
    int from = 0;
    for (Expansion x : expansions) {
      all.addAll(streamed.subList(from, x.diagnosticsBefore()));
      from = x.diagnosticsBefore();
      converted = all;
      nodeCount = x.nodesBefore();
      JsonNode value;
      try {
        value = convert(x.rec(), x.pointer(), x.keyLine(), x.keyColumn(), x.depth());
      } catch (LimitExceeded e) {
        limitHit = true; // (already known: the expansion was measured)
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
    converted = all;
  }

  /** Converts a recorded node and what it holds, counting every node against the limits. */
  private JsonNode convert(Rec node, String pointer, int keyLine, int keyColumn, int d) {
    if (!admit(node.line, node.column, d)) {
      throw new LimitExceeded();
    }
    if (node instanceof RScalar s) {
      nodes.putIfAbsent(pointer, new SourceMap.Node(keyLine, keyColumn, s.line, s.column, s.value, s.plain));
      return YamlScalars.value(s.value, s.kind, s.resolved);
    }
    nodes.putIfAbsent(pointer, new SourceMap.Node(keyLine, keyColumn, node.line, node.column, null, false));
    if (node instanceof RSeq seq) {
      ArrayNode array = JSON.arrayNode(seq.items.size());
      int i = 0;
      for (Rec item : seq.items) {
        array.add(convert(item, SourceMap.item(pointer, i++), 0, 0, d + 1));
      }
      return array;
    }
    ObjectNode object = JSON.objectNode();
    for (RTuple t : ((RMap) node).tuples) {
      RScalar key = (RScalar) t.key();
      String child = SourceMap.child(pointer, key.value);
      if (object.get(key.value) != null) {
        duplicate(key.line, key.column, child, key.value);
        continue;
      }
      object.set(key.value, convert(t.value(), child, key.line, key.column, d + 1));
    }
    return object;
  }

  /**
   * Sets {@code size} (the nodes that converting a collection visits) and {@code height} (how much
   * deeper it goes) of a recorded collection, both "infinite" when an alias inside it leads back to it.
   */
  private static void measure(RCollection rec) {
    if (rec.size != RCollection.UNMEASURED) {
      return;
    }
    rec.size = RCollection.MEASURING;
    long size = 1;
    int height = 0;
    for (Rec child : children(rec)) {
      int childSize;
      int childHeight;
      if (!(child instanceof RCollection c)) {
        childSize = 1;
        childHeight = 0;
      } else if (c.size == RCollection.MEASURING) {
        childSize = RCollection.INFINITE;
        childHeight = RCollection.INFINITE;
      } else {
        measure(c);
        childSize = c.size;
        childHeight = c.height;
      }
      size = Math.min(RCollection.INFINITE, size + childSize);
      height = Math.max(height, childHeight == RCollection.INFINITE ? RCollection.INFINITE : childHeight + 1);
    }
    rec.size = (int) size;
    rec.height = height;
  }

  /** What converting a collection visits: its items, or the values of its keys' first occurrences. */
  private static List<Rec> children(RCollection rec) {
    if (rec instanceof RSeq seq) {
      return seq.items;
    }
    List<Rec> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RTuple t : ((RMap) rec).tuples) {
      if (seen.add(((RScalar) t.key()).value)) {
        values.add(t.value());
      }
    }
    return values;
  }

  // ---- Positions and messages.

  private static int line(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark == null ? 0 : mark.getColumn() + 1;
  }

  private Location location(Optional<Mark> mark) {
    Mark m = mark.orElse(null);
    return new Location(source.name(), line(m), column(m), "");
  }

  private Location location(Mark mark) {
    return new Location(source.name(), mark.getLine() + 1, mark.getColumn() + 1, "");
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    String context = e.getContext();
    String text = context == null || context.isBlank() ? problem : problem + " (" + context + ")";
    return "YAML syntax error: " + firstLine(text);
  }

  /** What usually causes the YAML errors people actually make. */
  private static String syntaxHint(String problem) {
    if (problem.contains("'\\t'") || problem.contains("tab")) {
      return "YAML does not allow tabs for indentation; indent with spaces";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "quote a value that contains `: `, or check the indentation of this line";
    }
    if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
      return "check the indentation: keys of one mapping must start in the same column";
    }
    if (problem.contains("undefined alias")) {
      return "define the anchor (`&name`) before the alias (`*name`) that uses it";
    }
    if (problem.contains("merges itself")) {
      return "merge a mapping defined before this one, not one that contains the `<<`";
    }
    if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected end")) {
      return "a quote or bracket is not closed";
    }
    return "check the indentation and quoting near this position";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ---- The state of the pass.

  /** An open mapping or sequence: streamed (converted as it comes) or recorded. */
  private static final class Frame {
    final Frame parent;
    final Optional<Mark> start;
    final boolean mapping;
    /** Streamed: the JSON container, its pointer and depth. */
    final ObjectNode object;
    final ArrayNode array;
    final String pointer;
    final int depth;
    /** Recorded: the collection being built. */
    final RCollection rec;
    /** Sequence: the index of the next item. */
    int index;
    /** Mapping: whether a key has been read and its value is next, and that key. */
    boolean atValue;
    String key;
    int keyLine;
    int keyColumn;
    RScalar keyRec;
    /** Mapping: the key is a merge key ({@code <<}), or a duplicate whose value is skipped. */
    boolean mergeKey;
    boolean skip;
    /** Streamed mapping: the values of its merge keys. */
    List<Rec> merges;

    Frame(Frame parent, Optional<Mark> start, ObjectNode object, String pointer, int depth) {
      this(parent, start, true, object, null, pointer, depth, null);
    }

    Frame(Frame parent, Optional<Mark> start, ArrayNode array, String pointer, int depth) {
      this(parent, start, false, null, array, pointer, depth, null);
    }

    Frame(Frame parent, Optional<Mark> start, RCollection rec) {
      this(parent, start, rec instanceof RMap, null, null, null, 0, rec);
    }

    private Frame(Frame parent, Optional<Mark> start, boolean mapping, ObjectNode object, ArrayNode array,
        String pointer, int depth, RCollection rec) {
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

  /**
   * A recorded node: an anchored value (kept so that its aliases can be expanded), or a value that
   * composing needs but converting does not (a merge value, a skipped duplicate). 1-based position.
   */
  private abstract static class Rec {
    final int line;
    final int column;
    final String anchor;

    Rec(int line, int column, String anchor) {
      this.line = line;
      this.column = column;
      this.anchor = anchor;
    }
  }

  private static final class RScalar extends Rec {
    final String value;
    final Kind kind;
    final boolean resolved;
    final boolean plain;

    RScalar(int line, int column, String anchor, String value, Kind kind, boolean resolved, boolean plain) {
      super(line, column, anchor);
      this.value = value;
      this.kind = kind;
      this.resolved = resolved;
      this.plain = plain;
    }
  }

  /** A recorded mapping or sequence, and what {@link #measure} found about it. */
  private abstract static class RCollection extends Rec {
    static final int UNMEASURED = -1;
    static final int MEASURING = -2;
    static final int INFINITE = Integer.MAX_VALUE;

    int size = UNMEASURED;
    int height;

    RCollection(int line, int column, String anchor) {
      super(line, column, anchor);
    }
  }

  private static final class RSeq extends RCollection {
    final List<Rec> items = new ArrayList<>();

    RSeq(int line, int column, String anchor) {
      super(line, column, anchor);
    }
  }

  private static final class RMap extends RCollection {
    List<RTuple> tuples = new ArrayList<>();
    /** A merge key has been read and not resolved yet (the mapping is still open). */
    boolean hasMergeTag;

    RMap(int line, int column, String anchor) {
      super(line, column, anchor);
    }
  }

  private record RTuple(Rec key, Rec value) {}

  /** A recorded collection to convert into its place once the stream has passed its checks. */
  private record Expansion(RCollection rec, Frame parent, String name, int index, String pointer, int keyLine,
      int keyColumn, int depth, int diagnosticsBefore, int nodesBefore) {}

  /** Unwinds the conversion once a limit is hit; the diagnostic is already recorded. */
  private static final class LimitExceeded extends RuntimeException {
    LimitExceeded() {
      super(null, null, false, false);
    }
  }
}
