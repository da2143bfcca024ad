package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.YamlScalars.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

/**
 * What scalegen refuses of YAML 1.2, checked on the parse events (docs/yaml.md): a {@code %YAML}
 * directive other than 1.2 (SG012), tags and {@code %TAG} directives (SG010), and keys that are not
 * strings: a plain key that reads as a number, a boolean or null (an empty key is null), and a list
 * or mapping as a key (SG011). A spec is JSON-shaped data; these would be silently turned into
 * strings or ignored. Every one is collected; the loaders stop building once one is found.
 */
final class YamlSubset {

  private static final String YAML_TAGS = "tag:yaml.org,2002:";

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  /** What each anchor names: the kind of an anchored scalar, or {@code null} for a collection. */
  private final Map<String, Kind> anchors = new HashMap<>();

  YamlSubset(String file) {
    this.file = file;
  }

  /** What was refused so far, in the order of the text. */
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
        frames.pop();
        advance();
      }
      default -> { }
    }
  }

  private void document(DocumentStartEvent event) {
    Optional<SpecVersion> version = event.getSpecVersion();
    if (version.isPresent() && (version.get().getMajor() != 1 || version.get().getMinor() != 2)) {
      String v = version.get().getRepresentation();
      found.add(Diagnostic.of(Code.YAML_VERSION, at(event.getStartMark(), ""),
          "the directive `%YAML " + v + "` asks for YAML " + v + "; scalegen reads YAML 1.2 only",
          "remove the `%YAML` line (or write `%YAML 1.2`) and check values that YAML 1.1 reads differently,"
              + " such as `yes`, `no` and `0755`"));
    }
    for (Map.Entry<String, String> tag : event.getTags().entrySet()) {
      found.add(Diagnostic.of(Code.YAML_TAG, at(event.getStartMark(), ""),
          "the directive `%TAG " + tag.getKey() + " " + tag.getValue() + "` declares a YAML tag handle;"
              + " scalegen accepts no tags",
          "remove the `%TAG` line and the tags that use it"));
    }
  }

  private void node(NodeEvent event, boolean collection) {
    Frame parent = frames.peek();
    boolean key = parent != null && parent.mapping && !parent.atValue;
    String pointer = key ? parent.pointer : pointer(parent);
    Optional<String> tag = event instanceof ScalarEvent s ? s.getTag() : ((CollectionStartEvent) event).getTag();
    if (tag.isPresent()) {
      String name = written(tag.get());
      found.add(Diagnostic.of(Code.YAML_TAG, at(event.getStartMark(), pointer),
          "`" + SourceMap.dotted(pointer) + "` has the YAML tag `" + name + "`; scalegen accepts no tags",
          "remove `" + name + "`" + (collection ? "" : "; quote the value if it must stay a string")));
    }
    // A tagged scalar is reported for its tag; its kind is not read (a tag may not even be well formed).
    Kind kind = collection ? null : tag.isPresent() ? Kind.STRING : YamlScalars.kind((ScalarEvent) event);
    event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), kind));
    if (key) {
      checkKey(event.getStartMark(), parent, kind, collection ? null : ((ScalarEvent) event).getValue());
    }
    if (collection) {
      frames.push(new Frame(event.getEventId() == Event.ID.MappingStart, pointer));
    } else {
      advance();
    }
  }

  private void alias(AliasEvent event) {
    Frame parent = frames.peek();
    String name = event.getAlias().getValue();
    if (parent != null && parent.mapping && !parent.atValue) {
      // An undefined alias is left to the loader, which refuses it.
      checkKey(event.getStartMark(), parent, anchors.getOrDefault(name, Kind.STRING), "*" + name);
    }
    advance();
  }

  /** A key must be a string (or the merge key {@code <<}): {@code kind} is {@code null} for a collection. */
  private void checkKey(Optional<Mark> mark, Frame mapping, Kind kind, String text) {
    mapping.key = text == null ? "?" : text;
    if (kind == Kind.STRING || kind == Kind.MERGE) {
      return;
    }
    String where = "a key of `" + SourceMap.dotted(mapping.pointer) + "`";
    if (kind == null) {
      found.add(Diagnostic.of(Code.NON_STRING_KEY, at(mark, mapping.pointer),
          where + " is a list or mapping; keys of a spec are strings",
          "write a string key; a `?` line starts a complex key in YAML"));
    } else if (text.isEmpty()) {
      found.add(Diagnostic.of(Code.NON_STRING_KEY, at(mark, mapping.pointer),
          where + " is empty (YAML reads it as null); keys of a spec are strings",
          "write the key's name before the `:`"));
    } else {
      String type = switch (kind) {
        case INT -> "an integer";
        case FLOAT -> "a number";
        case BOOL -> "a boolean";
        default -> "null";
      };
      found.add(Diagnostic.of(Code.NON_STRING_KEY, at(mark, SourceMap.child(mapping.pointer, text)),
          where + ", `" + text + "`, is " + type + " in YAML, not a string; keys of a spec are strings",
          "quote the key, `\"" + text + "\"`, if it is meant as written"));
    }
  }

  /** A tag as it is written: {@code !!str} for the YAML tags, others as they are. */
  private static String written(String tag) {
    return tag.startsWith(YAML_TAGS) ? "!!" + tag.substring(YAML_TAGS.length()) : tag;
  }

  /** Moves the enclosing collection past the node just finished. */
  private void advance() {
    Frame f = frames.peek();
    if (f == null) {
      return;
    }
    if (!f.mapping) {
      f.index++;
    } else {
      f.atValue = !f.atValue;
    }
  }

  /** The pointer of a value that starts now in {@code parent} (the root when there is none). */
  private static String pointer(Frame parent) {
    if (parent == null) {
      return "";
    }
    return parent.mapping ? SourceMap.child(parent.pointer, parent.key) : SourceMap.item(parent.pointer, parent.index);
  }

  private Location at(Optional<Mark> mark, String pointer) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1, pointer))
        .orElse(new Location(file, 0, 0, pointer));
  }

  /** An open mapping or list, its pointer, and where in it the events are. */
  private static final class Frame {
    final boolean mapping;
    final String pointer;
    boolean atValue;
    String key = "?";
    int index;

    Frame(boolean mapping, String pointer) {
      this.mapping = mapping;
      this.pointer = pointer;
    }
  }
}
