package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;

/**
 * Reads YAML text into a JSON tree plus a {@link SourceMap} that keeps the line and column of every
 * node. YAML 1.2 core schema: {@code yes}, {@code no}, {@code on} and {@code off} are strings;
 * {@code 0755} is the integer 755. Duplicate keys are reported, not silently merged. Each limit of
 * {@link SpecLimits} is enforced before the step that it protects.
 *
 * <p>snakeyaml-engine does the reading: its composer ({@link GuardedComposer}) builds the node
 * graph from its parser's events, in one pass over the text, and each event is checked as the
 * composer pulls it ({@link CheckedParser}); {@link JsonTree} then converts the graph. Problems are
 * reported as if three steps ran one after the other: the checks of the whole stream first (one
 * document, nesting depth, aliases to collections, syntax), then what composing refuses (an
 * undefined alias, a key that is not a scalar, a merge of something that is not a mapping), then
 * what converting finds (duplicate keys, the node limit). So when the composer stops at an error of
 * its own, the rest of the stream is still read and checked, and a problem found there is reported
 * instead. What scalegen refuses of YAML 1.2 ({@link YamlSubset}) is collected over the whole
 * stream; once any is found, no tree is built.
 */
public final class YamlLoader {

  /** The parsed tree ({@code null} when the text could not be parsed), its source map and the problems found. */
  public record Parsed(JsonNode root, SourceMap sourceMap, List<Diagnostic> diagnostics) {}

  private final SpecSource source;
  private final LoadSettings settings;
  private final YamlSubset subset;

  private YamlLoader(SpecSource source) {
    this.source = source;
    this.settings = settings(source.name());
    this.subset = new YamlSubset(source.name(), settings.getSchema().getScalarResolver());
  }

  /** Parses one source. Never throws for bad input. */
  public static Parsed load(SpecSource source) {
    return new YamlLoader(source).run();
  }

  private static LoadSettings settings(String name) {
    return LoadSettings.builder()
        .setLabel(name)
        .setSchema(new RememberingCoreSchema())
        .setCodePointLimit(SpecLimits.MAX_FILE_BYTES)
        .setMaxAliasesForCollections(SpecLimits.MAX_COLLECTION_ALIASES) // CheckedParser refuses them first
        .setUseMarks(true)
        .setVersionFunction(version -> version) // YamlSubset refuses every version but 1.2, located
        .build();
  }

  /**
   * The YAML 1.2 core schema, whose resolver decides each distinct plain text once per load: a
   * spec's keys and most values repeat in every tier, and the core resolver tries regular
   * expressions in turn for each (a third of what reading a 1,000-tier spec allocated). Also the
   * resolver of {@link YamlSubset}, which reads each key's type as the composer will. One load runs
   * on one thread.
   */
  private static final class RememberingCoreSchema extends CoreSchema {
    private final ScalarResolver core = super.getScalarResolver();
    private final Map<String, Tag> decided = new HashMap<>();
    private final ScalarResolver remembering = (value, implicit) ->
        implicit ? decided.computeIfAbsent(value, v -> core.resolve(v, true)) : core.resolve(value, false);

    @Override
    public ScalarResolver getScalarResolver() {
      return remembering;
    }
  }

  private Parsed run() {
    CheckedParser events = new CheckedParser(settings, source.text(), subset);
    try {
      Optional<Node> document;
      try {
        document = new GuardedComposer(settings, events).getSingleNode();
      } catch (YamlEngineException composing) {
        if (events.stopped()) { // the stream's own problem, not the composer's
          throw composing;
        }
        events.drain(); // a problem of the stream further down comes first
        if (subset.found().isEmpty()) {
          throw composing;
        }
        document = Optional.empty();
      }
      if (!subset.found().isEmpty()) {
        return failed(null);
      }
      if (document.isEmpty() || document.get() instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) {
        return failed(Diagnostic.of(Code.EMPTY_SPEC, Location.ofFile(source.name()),
            "`" + source.name() + "` holds no spec", "start from `examples/docvault/scaling.yaml`"));
      }
      return JsonTree.of(document.get(), source.name(), source.text().length());
    } catch (CheckedParser.Refused e) {
      return failed(e.diagnostic());
    } catch (MarkedYamlEngineException e) {
      return failed(YamlErrors.of(e, source));
    } catch (YamlEngineException e) {
      return failed(YamlErrors.of(e, source));
    }
  }

  /** No tree: what {@link YamlSubset} refused, then {@code last} (if not {@code null}). */
  private Parsed failed(Diagnostic last) {
    List<Diagnostic> diagnostics = new ArrayList<>(subset.found());
    if (last != null) {
      diagnostics.add(last);
    }
    return new Parsed(null, new SourceMap(source.name(), Map.of()), diagnostics);
  }
}
