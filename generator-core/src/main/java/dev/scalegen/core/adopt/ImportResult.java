package dev.scalegen.core.adopt;

import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an import returns: one {@link Result} per file read (its source, for rendering, and the
 * diagnostics located in it: the manifests' mistakes, what was not carried), the written spec's
 * text (absent when nothing could be imported), and the spec's own validation, as
 * {@code scalegen validate} would report it. Nothing is written to disk here ({@link SpecFile} does).
 */
public record ImportResult(List<Result> manifests, Optional<String> spec, Result validation) {

  public ImportResult {
    manifests = List.copyOf(manifests);
  }

  /** Every result with a diagnostic: the manifests' first, then the spec's. */
  public List<Result> reports() {
    List<Result> all = new ArrayList<>();
    for (Result r : manifests) {
      if (!r.diagnostics().isEmpty()) {
        all.add(r);
      }
    }
    if (validation != null && !validation.diagnostics().isEmpty()) {
      all.add(validation);
    }
    return all;
  }

  /** Every diagnostic, in the order of {@link #reports()}. */
  public List<Diagnostic> diagnostics() {
    return reports().stream().flatMap(r -> r.diagnostics().stream()).toList();
  }

  /** True when a spec was made and neither the manifests nor the spec have an error. */
  public boolean valid() {
    return spec.isPresent() && manifests.stream().allMatch(Result::valid) && (validation == null || validation.valid());
  }

  /** True when a file could not be read. */
  public boolean ioFailure() {
    return manifests.stream().anyMatch(Result::ioFailure);
  }
}
