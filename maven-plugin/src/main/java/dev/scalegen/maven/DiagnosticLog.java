package dev.scalegen.maven;

import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.diag.TextRenderer;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.validate.Cascades;
import dev.scalegen.maven.SpecFiles.SpecFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Diagnostics the Maven way: each one logged at its severity, rendered like a compiler with the
 * spec's absolute path, as maven-compiler-plugin does, so that a terminal or an IDE opens it from
 * wherever the build was started ({@code /home/me/shop/scaling.yaml:9:5: error[SG101]: ...}, the
 * source line, a caret, the hint), then one failure for all of them, whose message starts with the
 * diagnostic that leads
 * ({@link Cascades#leadingError}: the first YAML or schema error, the root cause, else the first error).
 */
final class DiagnosticLog {

  private DiagnosticLog() {}

  /** Logs every diagnostic of every result (one per spec, in the same order), in order. */
  static void log(Log log, List<SpecFile> specs, List<Result> results) {
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      // The source under the absolute name its diagnostics now carry, so that each shows its line
      // (a diagnostic located in another file, an overlay's base, shows none).
      String absolute = specs.get(i).path().toAbsolutePath().normalize().toString();
      SpecSource source = r.source().map(s -> new SpecSource(absolute, s.text())).orElse(null);
      for (Diagnostic d : absolute(specs, results).get(i)) {
        at(log, d, source);
      }
    }
  }

  /** Logs every diagnostic of every result as it is located, with its own source (an import's manifests). */
  static void log(Log log, List<Result> results) {
    results.forEach(r -> r.diagnostics().forEach(d -> at(log, d, r.source().orElse(null))));
  }

  private static void at(Log log, Diagnostic d, SpecSource source) {
    String text = TextRenderer.render(d, source).stripTrailing();
    switch (d.severity()) {
      case ERROR -> log.error(text);
      case WARNING -> log.warn(text);
      case INFO -> log.info(text);
    }
  }

  /**
   * Throws when the results fail the build: an unreadable spec is an execution error (like any
   * I/O error); an error, or a warning under {@code failOnWarning}, is a build failure.
   */
  static void failIfNeeded(List<SpecFile> specs, List<Result> results, boolean failOnWarning)
      throws MojoExecutionException, MojoFailureException {
    List<List<Diagnostic>> located = absolute(specs, results);
    Optional<Diagnostic> unreadable = first(located, d -> d.code().category() == Code.Category.IO);
    if (unreadable.isPresent()) {
      throw new MojoExecutionException(TextRenderer.headline(unreadable.get()));
    }
    long errors = count(results, Severity.ERROR);
    long warnings = count(results, Severity.WARNING);
    String summary = " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + "; see the log above)";
    Optional<Diagnostic> error = Cascades.leadingError(located.stream().flatMap(List::stream).toList());
    if (error.isPresent()) {
      throw new MojoFailureException(TextRenderer.headline(error.get()) + summary);
    }
    if (failOnWarning && warnings > 0) {
      Diagnostic warning = first(located, d -> d.severity() == Severity.WARNING).orElseThrow();
      throw new MojoFailureException(TextRenderer.headline(warning) + summary
          + "; failOnWarning (scalegen.failOnWarning) is true");
    }
  }

  private static Optional<Diagnostic> first(List<List<Diagnostic>> located, Predicate<Diagnostic> which) {
    return located.stream().flatMap(List::stream).filter(which).findFirst();
  }

  /** Each result's diagnostics, those located in its spec with the spec's absolute path as the file. */
  private static List<List<Diagnostic>> absolute(List<SpecFile> specs, List<Result> results) {
    return IntStream.range(0, results.size()).mapToObj(i -> results.get(i).diagnostics().stream()
        .map(d -> absolute(specs.get(i), d)).toList()).toList();
  }

  private static Diagnostic absolute(SpecFile spec, Diagnostic d) {
    Location l = d.location();
    if (l == null || !spec.name().equals(l.file())) {
      return d;
    }
    Location at = new Location(spec.path().toAbsolutePath().normalize().toString(), l.line(), l.column(), l.specPath());
    return new Diagnostic(d.code(), d.severity(), at, d.message(), d.hint());
  }

  private static long count(List<Result> results, Severity severity) {
    return results.stream().mapToLong(r -> r.count(severity)).sum();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
