package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * snakeyaml-engine's parser, with each event checked as the composer pulls it and before the
 * composer sees it: the limits of the whole stream ({@link SpecLimits}: one document, the nesting
 * depth, the aliases to collections) and what scalegen refuses of YAML ({@link YamlSubset}). The
 * checks need no recursion, so deep nesting is refused before anything is composed from it; a
 * refusal ends the stream with {@link Refused}. One pass over the text: nothing is parsed twice.
 */
final class CheckedParser implements Parser {

  /** Thrown when a check refuses the file; {@link #diagnostic()} says why. */
  static final class Refused extends RuntimeException {
    private final transient Diagnostic diagnostic;

    Refused(Diagnostic diagnostic) {
      super(null, null, false, false);
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  private final Parser parser;
  private final String file;
  private final YamlSubset subset;
  /** The next event, checked, once it has been asked for. */
  private Event next;
  /** How many events were handed out: tells the composer's merge guard when composing moves on. */
  private long consumed;
  private boolean stopped;
  private int depth;
  private int documents;
  private int collectionAliases;
  private final Set<String> collectionAnchors = new HashSet<>();

  CheckedParser(LoadSettings settings, String text, YamlSubset subset) {
    this.parser = new ParserImpl(settings, new StreamReader(settings, text));
    this.file = settings.getLabel();
    this.subset = subset;
  }

  /** Whether the stream itself stopped: a syntax error, a character YAML refuses, or a check refused it. */
  boolean stopped() {
    return stopped;
  }

  long consumed() {
    return consumed;
  }

  /** Reads (and checks) the rest of the stream, after the composer stopped at an error of its own. */
  void drain() {
    while (hasNext()) {
      next();
    }
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    stopped = true;
    boolean more = parser.hasNext();
    stopped = false;
    return more;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return peekEvent().getEventId() == choice;
  }

  @Override
  public Event peekEvent() {
    if (next == null) {
      stopped = true; // until the event has passed
      Event event = parser.next();
      subset.accept(event);
      check(event);
      next = event;
      stopped = false;
    }
    return next;
  }

  @Override
  public Event next() {
    Event event = peekEvent();
    next = null;
    consumed++;
    return event;
  }

  private void check(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents == 2) {
          throw refused(event, Code.MULTIPLE_DOCUMENTS, "`" + file + "` holds more than one YAML document",
              "keep one spec per file; remove the `---` line and what follows, or move it to its own file");
        }
      }
      case MappingStart, SequenceStart -> {
        Optional<Anchor> anchor = ((CollectionStartEvent) event).getAnchor();
        if (anchor.isPresent()) {
          collectionAnchors.add(anchor.get().getValue());
        }
        if (++depth > SpecLimits.MAX_DEPTH) {
          throw refused(event, Code.YAML_LIMIT, "nesting is deeper than " + SpecLimits.MAX_DEPTH + " levels",
              "a spec needs fewer than 10 levels");
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      case Alias -> {
        if (collectionAnchors.contains(((AliasEvent) event).getAlias().getValue())
            && ++collectionAliases > SpecLimits.MAX_COLLECTION_ALIASES) {
          throw refused(event, Code.YAML_LIMIT,
              "more than " + SpecLimits.MAX_COLLECTION_ALIASES + " aliases to mappings or lists",
              "write the values out; aliases that multiply each other can expand to billions of nodes");
        }
      }
      default -> { }
    }
  }

  private Refused refused(Event event, Code code, String message, String hint) {
    Optional<Mark> mark = event.getStartMark();
    Location at = mark.map(m -> YamlErrors.location(m, file)).orElse(new Location(file, 0, 0, ""));
    return new Refused(Diagnostic.of(code, at, message, hint));
  }
}
