package dev.scalegen.core;

import dev.scalegen.core.adopt.Adoption;
import dev.scalegen.core.compile.OverlayCompiler;
import dev.scalegen.core.compile.PodChecks;
import dev.scalegen.core.compile.RolloutChecks;
import dev.scalegen.core.compile.ScheduleChecks;
import dev.scalegen.core.compile.SelectedSets;
import dev.scalegen.core.compile.SpecCompiler;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.emit.ManifestEmitter;
import dev.scalegen.core.emit.ManifestYaml;
import dev.scalegen.core.emit.OverlayEmitter;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.SpecBinder;
import dev.scalegen.core.spec.SpecReader;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import dev.scalegen.core.validate.Cascades;
import dev.scalegen.core.validate.SchemaValidator;
import dev.scalegen.core.validate.SemanticValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiFunction;

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
    return check(read.source(), SpecPlace.of(file, name), null).result();
  }

  /**
   * Validates a spec: YAML syntax, then the JSON Schema, then the semantic rules. Schema and
   * semantic problems are reported together, each mistake once, by its cause: an error that follows
   * from another one reported (the tier that sets neither {@code replicas} nor {@code autoscaling}
   * because {@code autoscling} is misspelt) is dropped ({@link Cascades}). A YAML syntax error stops
   * before them, since there is no tree to check.
   */
  public static Result validate(SpecSource source) {
    return check(source, SpecPlace.of(source), null).result();
  }

  /**
   * What {@link #validate} finds, and what {@code work} made of the typed spec when the semantic
   * rules found no error. The schema is checked on the common fork-join pool (or here, at the end,
   * if no thread of the pool has begun it) while this thread binds the spec, runs the semantic rules
   * and the work, which need only the parsed tree; a front end that compiles the schema on a
   * thread of its own ({@link dev.scalegen.core.validate.SpecSchema#get()} the first time) gets that
   * done meanwhile too.
   * The work's output counts only when the schema finds no error either: a spec the schema rejects
   * may break assumptions of the compiler, so a failure of the work on such a spec is dropped with
   * its output.
   */
  private static <T> Checked<T> check(SpecSource source, SpecPlace place, BiFunction<ScalingSpec, Adoption, T> work) {
    YamlLoader.Parsed parsed = YamlLoader.load(source);
    if (parsed.root() == null) {
      return new Checked<>(new Result(Optional.of(source), Optional.empty(), parsed.diagnostics()), null);
    }
    SchemaValidator.Pending schema = SchemaValidator.begin(parsed.root(), parsed.sourceMap(), ForkJoinPool.commonPool());
    ScalingSpec spec = SpecBinder.bind(parsed.root(), parsed.sourceMap());
    List<Diagnostic> semantic = new ArrayList<>(SemanticValidator.validate(spec));
    Adoption adoption = semantic.stream().anyMatch(Diagnostic::isError) ? Adoption.NONE
        : Adoption.of(spec, place.directory(), place.displayDirectory());
    semantic.addAll(adoption.diagnostics());
    T output = null;
    RuntimeException failure = null;
    if (work != null && semantic.stream().noneMatch(Diagnostic::isError)) {
      try {
        output = work.apply(spec, adoption);
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    diagnostics.addAll(schema.finish(semantic));
    diagnostics.addAll(semantic);
    Result result = new Result(Optional.of(source), Optional.of(spec), Cascades.withoutFollowOns(diagnostics));
    if (!result.valid()) {
      return new Checked<>(result, null);
    }
    if (failure != null) {
      throw failure;
    }
    return new Checked<>(result, output);
  }

  /** A spec's validation, and the output of the work done on it (null when the spec has an error). */
  private record Checked<T>(Result result, T output) {}

  /**
   * Reads existing manifests (files, folders, a kustomize folder's local resources) and makes a
   * starting spec of them: one tier per Deployment and StatefulSet, its HPA folded in, with the
   * manifests' mistakes and what the spec cannot carry reported, located in the manifests. Writes
   * nothing: {@link dev.scalegen.core.adopt.SpecFile#write} writes the spec. See {@code docs/import.md}.
   */
  public static dev.scalegen.core.adopt.ImportResult importManifests(List<Path> inputs,
      dev.scalegen.core.adopt.ImportOptions options) {
    return dev.scalegen.core.adopt.Importer.run(List.copyOf(inputs), Objects.requireNonNull(options, "options"));
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
    return generate(read.source(), SpecPlace.of(file, name), options);
  }

  /**
   * Validates a spec and, when it has no error, compiles it into manifests: values with a relative
   * path and their text, ready to be written anywhere
   * ({@link dev.scalegen.core.emit.OutputWriter} writes them the way the CLI does). Each set that
   * {@link Options#scenarios()} selects is one folder: {@code base/} for the baseline, then one per
   * scenario, each a complete set with its own {@code kustomization.yaml}. Checks that depend on the
   * options (a selected set the spec does not have, {@code SG236}; the Kubernetes version; the
   * kubectl image) are reported here, not by {@link #validate}.
   * When the spec has an error, the result holds the diagnostics and no manifests. The header of each file names
   * the spec by {@link SpecSource#name()}.
   */
  public static Result generate(SpecSource source, Options options) {
    return generate(source, SpecPlace.of(source), options);
  }

  private static Result generate(SpecSource source, SpecPlace place, Options options) {
    Objects.requireNonNull(options, "options");
    Checked<Output> checked = check(source, place, (spec, adoption) -> compile(spec, adoption, source, options));
    Result validated = checked.result();
    if (checked.output() == null) {
      return validated;
    }
    return validated.withOutput(checked.output().manifests(), checked.output().diagnostics());
  }

  /**
   * Compiles a spec that {@link #validate} has read and validated: the same result as
   * {@link #generate(SpecSource, Options)} on that spec, without reading and validating it again
   * (for a front end that runs both, such as the Maven plugin's {@code validate} and
   * {@code generate} goals in one build). A result with an error, or without a spec, is returned as
   * it is.
   */
  public static Result generate(Result validated, Options options) {
    Objects.requireNonNull(options, "options");
    if (!validated.valid() || validated.spec().isEmpty() || validated.source().isEmpty()) {
      return validated;
    }
    ScalingSpec spec = validated.spec().get();
    SpecSource source = validated.source().get();
    // An overlay's base is read again, found as validate found it: relative to the spec's name.
    SpecPlace place = SpecPlace.of(source);
    Adoption adoption = spec.overlay() ? Adoption.of(spec, place.directory(), place.displayDirectory()) : Adoption.NONE;
    Output output = compile(spec, adoption, source, options);
    return validated.withOutput(output.manifests(), output.diagnostics());
  }

  /** Manifests and the diagnostics of the checks that depend on the options; no manifests on an error. */
  private record Output(List<Manifest> manifests, List<Diagnostic> diagnostics) {}

  private static Output compile(ScalingSpec spec, Adoption adoption, SpecSource source, Options options) {
    List<Diagnostic> checks = new ArrayList<>(SelectedSets.check(spec, options));
    checks.addAll(ScheduleChecks.check(spec, options));
    checks.addAll(PodChecks.check(spec, options));
    checks.addAll(RolloutChecks.check(spec, options));
    if (checks.stream().anyMatch(Diagnostic::isError)) {
      return new Output(List.of(), checks);
    }
    List<Manifest> manifests = new ArrayList<>();
    List<String> sets = ScenarioResolver.names(spec, options);
    // The sets of a spec share most of their objects: each distinct object is written once.
    ManifestYaml.Batch batch = new ManifestYaml.Batch(sets.size() > 1);
    if (spec.overlay()) {
      return overlay(spec, adoption, source, options, sets, checks);
    }
    for (String set : sets) {
      // Each tier written as soon as it is compiled: its objects die young.
      SpecCompiler.Made<List<Manifest>> made = SpecCompiler.compile(ScenarioResolver.effectiveSpec(spec, set), options,
          tier -> ManifestEmitter.files(tier, source.name(), batch));
      if (!made.diagnostics().isEmpty()) {
        return new Output(List.of(), made.diagnostics());
      }
      List<Manifest> files = new ArrayList<>();
      made.tiers().forEach(files::addAll);
      files.add(ManifestEmitter.kustomization(files, source.name(), spec.metadata().namespace(), batch));
      for (Manifest m : files) {
        manifests.add(new Manifest(set + "/" + m.path(), m.content()));
      }
    }
    return new Output(manifests, checks);
  }

  /** The sets of a spec in overlay mode: one kustomize overlay of the base per set ({@link OverlayCompiler}). */
  private static Output overlay(ScalingSpec spec, Adoption adoption, SpecSource source, Options options,
      List<String> sets, List<Diagnostic> checks) {
    List<Manifest> manifests = new ArrayList<>();
    for (String set : sets) {
      OverlayCompiler.Compilation compiled =
          OverlayCompiler.compile(ScenarioResolver.effectiveSpec(spec, set), adoption, options);
      if (!compiled.diagnostics().isEmpty()) {
        return new Output(List.of(), compiled.diagnostics());
      }
      Path folder = options.outputDirectory().toAbsolutePath().resolve(set).normalize();
      List<String> base = adoption.base().resources().stream()
          .map(r -> folder.relativize(r.toAbsolutePath().normalize()).toString().replace('\\', '/'))
          .toList();
      for (Manifest m : OverlayEmitter.emit(compiled.tiers(), source.name(), base)) {
        manifests.add(new Manifest(set + "/" + m.path(), m.content()));
      }
    }
    return new Output(manifests, checks);
  }

  /**
   * Reads and validates the spec at {@code file}, then checks that each set {@link Options#scenarios()}
   * selects is one of the spec ({@code SG236}, the diagnostic {@link #generate} reports): for a front end
   * that shows sets without generating them ({@code scalegen explain}). No other check that depends on
   * the options is made.
   */
  public static Result validateSets(Path file, String name, Options options) {
    Objects.requireNonNull(options, "options");
    Result validated = validate(file, name);
    if (!validated.valid() || validated.spec().isEmpty()) {
      return validated;
    }
    return validated.withOutput(List.of(), SelectedSets.check(validated.spec().get(), options));
  }

  /** The outcome of {@link #diff}: the generation's result, and the diff when it has no error. */
  public record DiffOutcome(Result result, Optional<ScenarioDiff> diff) {}

  /**
   * Reads the spec at {@code file} and returns what scenario {@code to} changes against set
   * {@code from} ({@link Options#BASELINE} or another scenario): values tier by tier and the
   * manifests' unified diff. No diff when the spec is invalid or a name is not a set of the spec
   * ({@code SG236}, reported as {@link #generate} reports it: {@link Result#usageError()} is true).
   */
  public static DiffOutcome diff(Path file, String name, Options options, String to, String from) {
    SpecReader.Outcome read = SpecReader.read(file, name);
    if (read.problem() != null) {
      return new DiffOutcome(new Result(Optional.empty(), Optional.empty(), List.of(read.problem())),
          Optional.empty());
    }
    return diff(read.source(), options, to, from);
  }

  /** See {@link #diff(Path, String, Options, String, String)}; the spec's text is given. */
  public static DiffOutcome diff(SpecSource source, Options options, String to, String from) {
    Result generated = generate(source, options.withScenarios(List.of(from, to)));
    if (!generated.valid()) {
      return new DiffOutcome(generated, Optional.empty());
    }
    return new DiffOutcome(generated,
        Optional.of(ScenarioDiff.of(generated.spec().get(), generated.manifests(), from, to)));
  }

  /**
   * Reads and validates the spec at {@code file}, then simulates the HPAs of a set under a load
   * ({@code scalegen simulate}, {@code docs/simulate.md}). A spec with an error is not simulated;
   * a request that does not fit the spec (a set or tier it does not have, a load that is no shape)
   * comes back as {@link dev.scalegen.core.simulate.SimulationRun#usageError()}, a load file's
   * problems as diagnostics located in it.
   */
  public static dev.scalegen.core.simulate.SimulationRun simulate(Path file, String name,
      dev.scalegen.core.simulate.SimulationRequest request) {
    Objects.requireNonNull(request, "request");
    Result validated = validate(file, name);
    if (!validated.valid() || validated.spec().isEmpty()) {
      return new dev.scalegen.core.simulate.SimulationRun(validated, Optional.empty(), Optional.empty(),
          Optional.empty(), List.of(), null);
    }
    return dev.scalegen.core.simulate.Simulator.run(validated, request);
  }

  /**
   * Simulates every promise of the scenarios of a spec that {@link #validate} found valid
   * ({@code scalegen check}, the Maven {@code check} goal): each kept or broken ({@code SG303},
   * {@code SG304}), with the time line that shows it. Load files are read relative to the folder of
   * {@code file}, the spec the result was read from. None for a spec with an error.
   */
  public static List<dev.scalegen.core.simulate.PromiseOutcome> checkPromises(Result validated, Path file) {
    if (!validated.valid() || validated.source().isEmpty()) {
      return List.of();
    }
    SpecPlace place = SpecPlace.of(file, validated.source().get().name());
    return dev.scalegen.core.simulate.PromiseCheck.check(validated, place.directory(), place.displayDirectory());
  }
}
