package dev.scalegen.report.runbook;

import dev.scalegen.core.Result;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Runbook} returns: the spec's generation (its diagnostics, its manifests) and the
 * runbook's Markdown, absent when the spec has an error or when {@link #unsupported()} says why it
 * cannot have a runbook.
 */
public record RunbookResult(Result result, Optional<String> markdown, Optional<String> unsupported) {

  public RunbookResult {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(unsupported, "unsupported");
  }

  static RunbookResult of(Result result, String markdown) {
    return new RunbookResult(result, Optional.of(markdown), Optional.empty());
  }

  static RunbookResult without(Result result) {
    return new RunbookResult(result, Optional.empty(), Optional.empty());
  }

  static RunbookResult unsupported(Result result, String why) {
    return new RunbookResult(result, Optional.empty(), Optional.of(why));
  }
}
