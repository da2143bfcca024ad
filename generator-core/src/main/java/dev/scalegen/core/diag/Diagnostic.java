package dev.scalegen.core.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a spec: a stable code, a severity, a location, a one-sentence message that
 * names the field and the values involved, and an optional hint that says what to do.
 */
public record Diagnostic(Code code, Severity severity, Location location, String message, String hint) {

  /** Order of reports: by file, line, column, then code and message so that ties are stable. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(d -> d.code().id())
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    severity = severity == null ? code.severity() : severity;
    hint = hint == null ? "" : hint;
  }

  /** A diagnostic with the code's default severity. */
  public static Diagnostic of(Code code, Location location, String message, String hint) {
    return new Diagnostic(code, code.severity(), location, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
