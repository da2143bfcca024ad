package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * What scalegen refuses of YAML 1.2, checked on the parse events (docs/yaml.md): a {@code %YAML}
 * directive other than 1.2 (SG012), tags and {@code %TAG} directives (SG010), and keys that are not
 * strings: a plain key that reads as a number, a boolean or null (an empty key is null), and a list
 * or mapping as a key (SG011). A spec is JSON-shaped data; these would be silently turned into
 * strings or ignored. Every one is collected; the loaders stop building once one is found.
 */
final class YamlSubset {

  private static final String YAML_TAGS = "tag:yaml.org,2002:";
  /** The core schema's resolver, as the composer's: what type a plain key reads as. */
  private static final ScalarResolver CORE = new CoreScalarResolver(true);
  /** At most this many are reported: a hostile file of tags would otherwise make a diagnostic per few bytes. */
  static final int MAX_REPORTED = 100;

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();
  /** The innermost open collection, or {@code null}. */
  private Frame top;
  /** What each anchor names: the type of an anchored scalar, or {@code null} for a collection. */
  private final Map<String, Tag> anchors = new HashMap<>();

  /** The resolver of the schema the composer reads with: the YAML 1.2 core schema's, or one that answers as it does. */
  private final ScalarResolver resolver;

  YamlSubset(String file) {
    this(file, CORE);
  }

  YamlSubset(String file, ScalarResolver resolver) {
    this.file = file;
    this.resolver = resolver;
  }

  /** What was refused so far, in the order of the text (the first {@link #MAX_REPORTED}). */
  List<Diagnostic> found() {
    return found;
  }

  void accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> document((DocumentStartEvent) event);
      case Scalar -> node((ScalarEvent) event, false);
      case Alias -> alias((AliasEvent) event);
      case MappingStart, SequenceStart -> node((CollectionStartEvent) event, true);
      case MappingEnd, SequenceEnd -> {
        top = top.parent;
        advance();
      }
      default -> { }
    }
  }

  private void document(DocumentStartEvent event) {
    Optional<SpecVersion> version = event.getSpecVersion();
    if (version.isPresent() && (version.get().getMajor() != 1 || version.get().getMinor() != 2)) {
      String v = version.get().getRepresentation();
      report(Diagnostic.of(Code.YAML_VERSION, at(event.getStartMark(), ""),
          "the directive `%YAML " + v + "` asks for YAML " + v + "; scalegen reads YAML 1.2 only",
          "remove the `%YAML` line (or write `%YAML 1.2`) and check values that YAML 1.1 reads differently,"
              + " such as `yes`, `no` and `0755`"));
    }
    for (Map.Entry<String, String> tag : event.getTags().entrySet()) {
      report(Diagnostic.of(Code.YAML_TAG, at(event.getStartMark(), ""),
          "the directive `%TAG " + tag.getKey() + " " + tag.getValue() + "` declares a YAML tag handle;"
              + " scalegen accepts no tags",
          "remove the `%TAG` line and the tags that use it"));
    }
  }

  private void node(NodeEvent event, boolean collection) {
    Frame parent = top;
    boolean key = parent != null && parent.mapping && !parent.atValue;
    Optional<String> tag = event instanceof ScalarEvent s ? s.getTag() : ((CollectionStartEvent) event).getTag();
    // A key's pointer is its mapping's; a value's is its own (its text is made only when it is needed).
    String segment = parent == null || key || !collection && tag.isEmpty() ? null
        : parent.mapping ? parent.key : Integer.toString(parent.index);
    if (tag.isPresent()) {
      String name = written(tag.get());
      String pointer = Frame.pointer(parent, segment);
      report(Diagnostic.of(Code.YAML_TAG, at(event.getStartMark(), pointer),
          "`" + SourceMap.dotted(pointer) + "` has the YAML tag `" + name + "`; scalegen accepts no tags",
          "remove `" + name + "`" + (collection ? "" : "; quote the value if it must stay a string")));
    }
    // A tagged scalar is reported for its tag; its kind is not read (a tag may not even be well formed).
    if (!key && event.getAnchor().isEmpty()) { // the kind of a value matters only when an alias makes it a key
      advanceOrOpen(event, parent, segment, collection);
      return;
    }
    Tag kind = collection ? null : tag.isPresent() ? Tag.STR : resolve((ScalarEvent) event);
    event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), kind));
    if (key) {
      checkKey(event.getStartMark(), parent, kind, collection ? null : ((ScalarEvent) event).getValue());
    }
    advanceOrOpen(event, parent, segment, collection);
  }

  private void advanceOrOpen(NodeEvent event, Frame parent, String segment, boolean collection) {
    if (collection) {
      top = new Frame(parent, segment, event.getEventId() == Event.ID.MappingStart);
    } else {
      advance();
    }
  }

  private void alias(AliasEvent event) {
    Frame parent = top;
    String name = event.getAlias().getValue();
    if (parent != null && parent.mapping && !parent.atValue) {
      // An undefined alias is left to the loader, which refuses it.
      checkKey(event.getStartMark(), parent, anchors.getOrDefault(name, Tag.STR), "*" + name);
    }
    advance();
  }

  /** A key must be a string (or the merge key {@code <<}): {@code kind} is {@code null} for a collection. */
  private void checkKey(Optional<Mark> mark, Frame mapping, Tag kind, String text) {
    mapping.key = text == null ? "?" : text;
    if (kind != null && !Tag.INT.equals(kind) && !Tag.FLOAT.equals(kind) && !Tag.BOOL.equals(kind)
        && !Tag.NULL.equals(kind)) {
      return; // a string, the merge key, or an environment variable (a string to scalegen)
    }
    String pointer = mapping.pointer();
    String where = "a key of `" + SourceMap.dotted(pointer) + "`";
    if (kind == null) {
      report(Diagnostic.of(Code.NON_STRING_KEY, at(mark, pointer),
          where + " is a list or mapping; keys of a spec are strings",
          "write a string key; a `?` line starts a complex key in YAML"));
    } else if (text.isEmpty()) {
      report(Diagnostic.of(Code.NON_STRING_KEY, at(mark, pointer),
          where + " is empty (YAML reads it as null); keys of a spec are strings",
          "write the key's name before the `:`"));
    } else {
      String type = Tag.INT.equals(kind) ? "an integer" : Tag.FLOAT.equals(kind) ? "a number"
          : Tag.BOOL.equals(kind) ? "a boolean" : "null";
      report(Diagnostic.of(Code.NON_STRING_KEY, at(mark, SourceMap.child(pointer, text)),
          where + ", `" + text + "`, is " + type + " in YAML, not a string; keys of a spec are strings",
          "quote the key, `\"" + text + "\"`, if it is meant as written"));
    }
  }

  private void report(Diagnostic d) {
    if (found.size() < MAX_REPORTED) {
      found.add(d);
    }
  }

  /** A tag as it is written: {@code !!str} for the YAML tags, others as they are. */
  private static String written(String tag) {
    return tag.startsWith(YAML_TAGS) ? "!!" + tag.substring(YAML_TAGS.length()) : tag;
  }

  /** The type of a plain scalar without a tag, as the composer resolves it; quoted scalars are strings. */
  private Tag resolve(ScalarEvent event) {
    return resolver.resolve(event.getValue(), event.getImplicit().canOmitTagInPlainScalar());
  }

  /** Moves the enclosing collection past the node just finished. */
  private void advance() {
    Frame f = top;
    if (f == null) {
      return;
    }
    if (!f.mapping) {
      f.index++;
    } else {
      f.atValue = !f.atValue;
    }
  }

  private Location at(Optional<Mark> mark, String pointer) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1, pointer))
        .orElse(new Location(file, 0, 0, pointer));
  }

  /** An open mapping or list, where it is, and where in it the events are. */
  private static final class Frame {
    final Frame parent;
    /** Its key or index in the parent; {@code null} for the root and for a key (it has its mapping's pointer). */
    final String segment;
    final boolean mapping;
    boolean atValue;
    String key = "?";
    int index;

    Frame(Frame parent, String segment, boolean mapping) {
      this.parent = parent;
      this.segment = segment;
      this.mapping = mapping;
    }

    /** Its JSON pointer, built from the frames above it. */
    String pointer() {
      return pointer(parent, segment);
    }

    static String pointer(Frame parent, String segment) {
      String base = parent == null ? "" : parent.pointer();
      return segment == null ? base : SourceMap.child(base, segment);
    }
  }
}
