package dev.scalegen.core;

import dev.scalegen.core.compile.SpecCompiler;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.emit.ManifestEmitter;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecBinder;
import dev.scalegen.core.spec.SpecReader;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import dev.scalegen.core.validate.SchemaValidator;
import dev.scalegen.core.validate.SemanticValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one front door of scalegen. Every front end (CLI, Maven plugin, a Gradle build, a test) ends in
 * a call here. Stateless: safe to call from several threads at once. Never prints, never exits,
 * never throws for bad input: problems come back as diagnostics in the {@link Result}.
 */
public final class Generator {

  private Generator() {}

  /** Reads and validates the spec at {@code file}, reported under the path as given. */
  public static Result validate(Path file) {
    return validate(file, file.toString());
  }

  /** Reads and validates the spec at {@code file}, reported under {@code name} (e.g. a path relative to a project). */
  public static Result validate(Path file, String name) {
    SpecReader.Outcome read = SpecReader.read(file, name);
    if (read.problem() != null) {
      return new Result(Optional.empty(), Optional.empty(), List.of(read.problem()));
    }
    return validate(read.source());
  }

  /**
   * Validates a spec: YAML syntax, then the JSON Schema, then the semantic rules. Schema and
   * semantic problems are reported together; a YAML syntax error stops before them, since there is
   * no tree to check.
   */
  public static Result validate(SpecSource source) {
    YamlLoader.Parsed parsed = YamlLoader.load(source);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.root() == null) {
      return new Result(Optional.of(source), Optional.empty(), diagnostics);
    }
    diagnostics.addAll(SchemaValidator.validate(parsed.root(), parsed.sourceMap()));
    ScalingSpec spec = SpecBinder.bind(parsed.root(), parsed.sourceMap());
    diagnostics.addAll(SemanticValidator.validate(spec));
    return new Result(Optional.of(source), Optional.of(spec), diagnostics);
  }

  /** Reads, validates and compiles the spec at {@code file}; see {@link #generate(SpecSource, Options)}. */
  public static Result generate(Path file, Options options) {
    return generate(file, file.toString(), options);
  }

  /** Reads, validates and compiles the spec at {@code file}, named {@code name} in diagnostics and file headers. */
  public static Result generate(Path file, String name, Options options) {
    SpecReader.Outcome read = SpecReader.read(file, name);
    if (read.problem() != null) {
      return new Result(Optional.empty(), Optional.empty(), List.of(read.problem()));
    }
    return generate(read.source(), options);
  }

  /**
   * Validates a spec and, when it has no error, compiles it into manifests: values with a relative
   * path and their text, ready to be written anywhere
   * ({@link dev.scalegen.core.emit.OutputWriter} writes them the way the CLI does). When the spec
   * has an error, the result holds the diagnostics and no manifests. The header of each file names
   * the spec by {@link SpecSource#name()}.
   */
  public static Result generate(SpecSource source, Options options) {
    Objects.requireNonNull(options, "options");
    Result validated = validate(source);
    if (!validated.valid() || validated.spec().isEmpty()) {
      return validated;
    }
    ScalingSpec spec = validated.spec().get();
    SpecCompiler.Compilation compiled = SpecCompiler.compile(spec, options);
    if (!compiled.diagnostics().isEmpty()) {
      return validated.withOutput(List.of(), compiled.diagnostics());
    }
    List<Manifest> manifests = ManifestEmitter.emit(compiled.tiers(), source.name(), spec.metadata().namespace());
    return validated.withOutput(manifests, List.of());
  }
}
