package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;

/**
 * Reads YAML text into a JSON tree plus a {@link SourceMap} that keeps the line and column of every
 * node. YAML 1.2 core schema: {@code yes}, {@code no}, {@code on} and {@code off} are strings;
 * {@code 0755} is the integer 755. Duplicate keys are reported, not silently merged. Each limit of
 * {@link SpecLimits} is enforced before the step that it protects.
 *
 * <p>One pass over snakeyaml-engine's parse events checks the stream and builds the tree
 * ({@link YamlTreeBuilder}); no node graph is composed. Problems are reported as if three steps ran
 * one after the other, as they once did: the checks of the whole stream first (one document, nesting
 * depth, aliases to collections), then what composing refuses (an undefined alias, a key that is not
 * a scalar, a merge of something that is not a mapping), then what converting finds (duplicate keys,
 * the node limit). What scalegen refuses of YAML 1.2 ({@link YamlSubset}) is collected over the
 * whole stream; once any is found, no tree is built.
 */
public final class YamlLoader {

  /** The parsed tree ({@code null} when the text could not be parsed), its source map and the problems found. */
  public record Parsed(JsonNode root, SourceMap sourceMap, List<Diagnostic> diagnostics) {}

  private final SpecSource source;
  private final YamlTreeBuilder tree;
  private final YamlSubset subset;
  private int depth;
  private int documents;
  private int collectionAliases;
  private final Set<String> collectionAnchors = new HashSet<>();

  private YamlLoader(SpecSource source) {
    this.source = source;
    this.tree = new YamlTreeBuilder(source.name(), source.text().length());
    this.subset = new YamlSubset(source.name());
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
        .setVersionFunction(version -> version) // YamlSubset refuses every version but 1.2, located
        .build();
  }

  private Parsed run() {
    LoadSettings settings = settings(source.name());
    SourceMap empty = new SourceMap(source.name(), Map.of());
    List<Diagnostic> diagnostics = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, source.text()));
      while (parser.hasNext()) {
        Event event = parser.next();
        subset.accept(event);
        Diagnostic refused = check(event);
        if (refused != null) {
          diagnostics.addAll(subset.found());
          diagnostics.add(refused);
          return new Parsed(null, empty, diagnostics);
        }
        if (subset.found().isEmpty()) { // once YAML that scalegen refuses is found, nothing is built
          tree.accept(event);
        }
      }
      if (!subset.found().isEmpty()) {
        diagnostics.addAll(subset.found());
        return new Parsed(null, empty, diagnostics);
      }
      if (tree.composeError() != null) {
        throw tree.composeError();
      }
      if (documents == 0 || tree.rootIsNull()) {
        diagnostics.add(Diagnostic.of(Code.EMPTY_SPEC, Location.ofFile(source.name()),
            "`" + source.name() + "` holds no spec", "start from `examples/docvault/scaling.yaml`"));
        return new Parsed(null, empty, diagnostics);
      }
      JsonNode root = tree.finish();
      diagnostics.addAll(tree.diagnostics());
      return new Parsed(root, root == null ? empty : tree.sourceMap(), diagnostics);
    } catch (MarkedYamlEngineException e) {
      diagnostics.addAll(subset.found());
      diagnostics.add(YamlErrors.of(e, source));
      return new Parsed(null, empty, diagnostics);
    } catch (YamlEngineException e) {
      diagnostics.addAll(subset.found());
      diagnostics.add(YamlErrors.of(e, source));
      return new Parsed(null, empty, diagnostics);
    }
  }

  /**
   * Checks one event against the limits of the whole stream: returns the diagnostic that refuses the
   * file, or {@code null}. The checks need no recursion, so deep nesting is refused before anything
   * is built from it.
   */
  private Diagnostic check(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> {
        if (++documents == 2) {
          return Diagnostic.of(Code.MULTIPLE_DOCUMENTS, location(event.getStartMark()),
              "`" + source.name() + "` holds more than one YAML document",
              "keep one spec per file; remove the `---` line and what follows, or move it to its own file");
        }
      }
      case MappingStart, SequenceStart -> {
        Optional<Anchor> anchor = ((CollectionStartEvent) event).getAnchor();
        if (anchor.isPresent()) {
          collectionAnchors.add(anchor.get().getValue());
        }
        if (++depth > SpecLimits.MAX_DEPTH) {
          return Diagnostic.of(Code.YAML_LIMIT, location(event.getStartMark()),
              "nesting is deeper than " + SpecLimits.MAX_DEPTH + " levels", "a spec needs fewer than 10 levels");
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      case Alias -> {
        if (collectionAnchors.contains(((AliasEvent) event).getAlias().getValue())
            && ++collectionAliases > SpecLimits.MAX_COLLECTION_ALIASES) {
          return Diagnostic.of(Code.YAML_LIMIT, location(event.getStartMark()),
              "more than " + SpecLimits.MAX_COLLECTION_ALIASES + " aliases to mappings or lists",
              "write the values out; aliases that multiply each other can expand to billions of nodes");
        }
      }
      default -> { }
    }
    return null;
  }

  private Location location(Optional<Mark> mark) {
    return mark.map(this::location).orElse(new Location(source.name(), 0, 0, ""));
  }

  private Location location(Mark mark) {
    return YamlErrors.location(mark, source.name());
  }
}
