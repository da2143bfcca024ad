package dev.scalegen.maven;

import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.validate.Cascades;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Diagnostics the Maven way: each one logged at its severity, rendered like a compiler
 * ({@code scaling.yaml:9:5: error[SG101]: ...}, the source line, a caret, the hint), then one
 * failure for all of them, whose message starts with the diagnostic that leads
 * ({@link Cascades#leadingError}: the first YAML or schema error, the root cause, else the first error).
 */
final class DiagnosticLog {

  private DiagnosticLog() {}

  /** Logs every diagnostic of every result, in order. */
  static void log(Log log, List<Result> results) {
    for (Result r : results) {
      for (Diagnostic d : r.diagnostics()) {
        String text = TextRenderer.render(d, r.source().orElse(null)).stripTrailing();
        if (d.severity() == Severity.ERROR) {
          log.error(text);
        } else {
          log.warn(text);
        }
      }
    }
  }

  /**
   * Throws when the results fail the build: an unreadable spec is an execution error (like any
   * I/O error); an error, or a warning under {@code failOnWarning}, is a build failure.
   */
  static void failIfNeeded(List<Result> results, boolean failOnWarning)
      throws MojoExecutionException, MojoFailureException {
    Optional<Diagnostic> unreadable = first(results, d -> d.code().category() == Code.Category.IO);
    if (unreadable.isPresent()) {
      throw new MojoExecutionException(TextRenderer.headline(unreadable.get()));
    }
    long errors = count(results, Severity.ERROR);
    long warnings = count(results, Severity.WARNING);
    String summary = " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + "; see the log above)";
    Optional<Diagnostic> error = Cascades.leadingError(results.stream().flatMap(r -> r.diagnostics().stream()).toList());
    if (error.isPresent()) {
      throw new MojoFailureException(TextRenderer.headline(error.get()) + summary);
    }
    if (failOnWarning && warnings > 0) {
      Diagnostic warning = first(results, d -> d.severity() == Severity.WARNING).orElseThrow();
      throw new MojoFailureException(TextRenderer.headline(warning) + summary
          + "; failOnWarning (scalegen.failOnWarning) is true");
    }
  }

  private static Optional<Diagnostic> first(List<Result> results, Predicate<Diagnostic> which) {
    return results.stream().flatMap(r -> r.diagnostics().stream()).filter(which).findFirst();
  }

  private static long count(List<Result> results, Severity severity) {
    return results.stream().mapToLong(r -> r.count(severity)).sum();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
