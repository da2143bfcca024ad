package dev.scalegen.core.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a spec: a stable code, a severity, a location, a one-sentence message that
 * names the field and the values involved, and an optional hint that says what to do. Message and
 * hint are {@linkplain PrintableText escaped}: the keys and values they quote come from the spec, and
 * every front end (text, JSON, SARIF, the Maven log, a library's caller) may print them.
 */
public record Diagnostic(Code code, Severity severity, Location location, String message, String hint) {

  /** Order of reports: by file, line, column, then code and message so that ties are stable. */
  public static final Comparator<Diagnostic> BY_POSITION = new Comparator<>() {
    // Not Comparator.comparing(...).thenComparing(...): the JDK makes those lambdas' classes at run
    // time, a cost every command paid before its first diagnostic.
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int byLocation = a.location().compareTo(b.location());
      if (byLocation != 0) {
        return byLocation;
      }
      int byCode = a.code().id().compareTo(b.code().id());
      return byCode != 0 ? byCode : a.message().compareTo(b.message());
    }
  };

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    severity = severity == null ? code.severity() : severity;
    message = PrintableText.escape(message);
    hint = hint == null ? "" : PrintableText.escape(hint);
  }

  /** A diagnostic with the code's default severity. */
  public static Diagnostic of(Code code, Location location, String message, String hint) {
    return new Diagnostic(code, code.severity(), location, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
