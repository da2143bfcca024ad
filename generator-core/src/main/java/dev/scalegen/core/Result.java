package dev.scalegen.core;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import java.util.Optional;

/**
 * What a call to {@link Generator} returns: the source that was read (absent when the file could
 * not be read), the typed spec (absent when the YAML could not be parsed), every diagnostic, sorted
 * by position, and the generated manifests (empty for {@code validate}, and whenever the spec has
 * an error): set by set ({@code base/}, then each scenario's folder), in each set tier by tier in
 * the order of the spec, then the schedules' {@code scheduler/} files, then
 * {@code kustomization.yaml}.
 */
public record Result(
    Optional<SpecSource> source,
    Optional<ScalingSpec> spec,
    List<Diagnostic> diagnostics,
    List<Manifest> manifests) {

  public Result {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    manifests = List.copyOf(manifests);
  }

  /** A result without manifests (what {@link Generator#validate} returns). */
  public Result(Optional<SpecSource> source, Optional<ScalingSpec> spec, List<Diagnostic> diagnostics) {
    this(source, spec, diagnostics, List.of());
  }

  /** This result with the given manifests and additional diagnostics. */
  Result withOutput(List<Manifest> generated, List<Diagnostic> more) {
    List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
    all.addAll(more);
    return new Result(source, spec, all, generated);
  }

  /** True when no diagnostic is an error (warnings allowed). */
  public boolean valid() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** True when the file itself could not be read (a missing file, a directory, permissions). */
  public boolean ioFailure() {
    return diagnostics.stream().anyMatch(d -> d.code().category() == Code.Category.IO);
  }

  /**
   * True when the options did not fit the spec ({@link Code.Category#USAGE}: a selected set that
   * the spec does not have); the result then holds no manifests.
   */
  public boolean usageError() {
    return diagnostics.stream().anyMatch(d -> d.isError() && d.code().category() == Code.Category.USAGE);
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
