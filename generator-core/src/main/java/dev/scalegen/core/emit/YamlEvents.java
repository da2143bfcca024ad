package dev.scalegen.core.emit;

import dev.scalegen.core.compile.RemovedField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Feeds a plain tree (maps, lists, strings, integers, booleans) to snakeyaml-engine's emitter as
 * events: what {@code Dump} does through its representer and serializer, without building a node
 * graph or looking for anchors (a tree has none), which halves the cost of writing. Quoting is
 * decided exactly as {@code Dump} decides it: a scalar may be plain when the schema's resolver reads
 * it back with its own tag, and multi-line strings prefer the literal style.
 */
final class YamlEvents {

  private static final Optional<String> MAP = Optional.of(Tag.MAP.getValue());
  private static final Optional<String> SEQ = Optional.of(Tag.SEQ.getValue());
  /** The tags and implicit tuples of scalars: immutable, so shared instead of made per scalar. */
  private static final Map<Tag, Optional<String>> TAGS = Map.of(Tag.STR, Optional.of(Tag.STR.getValue()),
      Tag.INT, Optional.of(Tag.INT.getValue()), Tag.BOOL, Optional.of(Tag.BOOL.getValue()),
      Tag.NULL, Optional.of(Tag.NULL.getValue()));
  private static final ImplicitTuple[] IMPLICIT = {new ImplicitTuple(false, false), new ImplicitTuple(false, true),
      new ImplicitTuple(true, false), new ImplicitTuple(true, true)};
  /** Larger than most manifests, so that the text is not copied as it grows. */
  private static final int INITIAL_CAPACITY = 4096;

  private final Emitter emitter;
  private final ScalarResolver resolver;

  private YamlEvents(DumpSettings settings, ScalarResolver resolver, StreamDataWriter out) {
    this.emitter = new Emitter(settings, out);
    this.resolver = resolver;
  }

  /**
   * The YAML of one document holding {@code tree}; {@code resolver} is the settings' schema's own
   * or one that answers as it does ({@link QuotingSchema#memoized()}).
   */
  static String dump(Object tree, DumpSettings settings, ScalarResolver resolver) {
    StringBuilder text = new StringBuilder(INITIAL_CAPACITY);
    YamlEvents events = new YamlEvents(settings, resolver, new StreamDataWriter() {
      @Override
      public void write(String str) {
        text.append(str);
      }

      @Override
      public void write(String str, int off, int len) {
        text.append(str, off, off + len);
      }
    });
    events.emitter.emit(new StreamStartEvent());
    events.emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    events.node(tree);
    events.emitter.emit(new DocumentEndEvent(false));
    events.emitter.emit(new StreamEndEvent());
    return text.toString();
  }

  private void node(Object value) {
    if (value instanceof Map<?, ?> map) {
      emitter.emit(new MappingStartEvent(Optional.empty(), MAP, true, FlowStyle.BLOCK));
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        scalar(Tag.STR, entry.getKey().toString());
        node(entry.getValue());
      }
      emitter.emit(new MappingEndEvent());
    } else if (value instanceof List<?> list) {
      emitter.emit(new SequenceStartEvent(Optional.empty(), SEQ, true, FlowStyle.BLOCK));
      for (Object item : list) {
        node(item);
      }
      emitter.emit(new SequenceEndEvent());
    } else if (value instanceof RemovedField) {
      emitter.emit(new ScalarEvent(Optional.empty(), TAGS.get(Tag.NULL), IMPLICIT[3], "null", ScalarStyle.PLAIN));
    } else if (value instanceof Boolean || value instanceof Number) {
      scalar(value instanceof Boolean ? Tag.BOOL : Tag.INT, value.toString());
    } else {
      scalar(Tag.STR, value.toString());
    }
  }

  private void scalar(Tag tag, String value) {
    ImplicitTuple implicit = IMPLICIT[(tag.equals(resolver.resolve(value, true)) ? 2 : 0)
        + (tag.equals(resolver.resolve(value, false)) ? 1 : 0)];
    ScalarStyle style = tag.equals(Tag.STR) && multiline(value) ? ScalarStyle.LITERAL : ScalarStyle.PLAIN;
    emitter.emit(new ScalarEvent(Optional.empty(), TAGS.get(tag), implicit, value, style));
  }

  /** Whether {@code value} holds a line break, as YAML counts them (a loop: a regex here cost a tenth of writing). */
  private static boolean multiline(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
