package dev.scalegen.maven;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecReader;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The results of reading, validating and compiling specs in this build of this project, kept in
 * the plugin context that Maven gives every execution of this plugin in one project (the build
 * session's, dropped when the build ends; no static state). {@code validate}, {@code generate} and
 * {@code check} in one {@code mvn verify} read the same spec: each goal still reads the file, and
 * finds the work done when its text is the same.
 *
 * <p>Keyed safely: a validation by the spec's {@link SpecSource} (its name as reported and its whole
 * text, compared in full), a compilation by that and the options a result depends on (the
 * Kubernetes version and the selected sets; not the output directory, which only the writing
 * uses). A spec edited between two goals has another text, so it is read and validated anew.
 * Results are immutable values, and the map is concurrent. A spec that cannot be read is not kept.
 * The manifests stay in memory until the build ends: for DocVault about 100 KB.
 */
final class ResultsOfThisBuild {

  private static final String KEY = "dev.scalegen.maven.resultsOfThisBuild";

  /** A compilation's key: the spec and what of the options the result depends on. */
  private record Compilation(SpecSource source, String kubernetesVersion, List<String> scenarios, Path overlayDirectory) {}

  private ResultsOfThisBuild() {}

  /** {@link Generator#validate} of the spec, done once per text in this build. */
  @SuppressWarnings("rawtypes")
  static Result validated(Map context, SpecFile spec) {
    SpecReader.Outcome read = SpecReader.read(spec.path(), spec.name());
    if (read.problem() != null) {
      return Generator.validate(spec.path(), spec.name());
    }
    return results(context).computeIfAbsent(read.source(), s -> Generator.validate(read.source()));
  }

  /** {@link Generator#generate} of the spec with {@code options}, done once per text and options in this build. */
  @SuppressWarnings("rawtypes")
  static Result generated(Map context, SpecFile spec, Options options) {
    Result validated = validated(context, spec);
    if (validated.source().isEmpty()) {
      return validated;
    }
    // An overlay's kustomization names its base relative to the folder it is written to.
    Path overlayDirectory = validated.spec().map(ScalingSpec::overlay).orElse(false) ? options.outputDirectory() : null;
    Compilation key = new Compilation(validated.source().get(), options.kubernetesVersion(), options.scenarios(),
        overlayDirectory);
    return results(context).computeIfAbsent(key, k -> Generator.generate(validated, options));
  }

  /** The map in the plugin context, made by the first goal; a fresh one when Maven gives no context. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<Object, Result> results(Map context) {
    if (context == null) {
      return new ConcurrentHashMap<>();
    }
    return (Map<Object, Result>) context.computeIfAbsent(KEY, k -> new ConcurrentHashMap<Object, Result>());
  }
}
