package dev.scalegen.core.validate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of semantic rules, locating each by the spec pointer it concerns. */
public final class Reporter {
  private final SourceMap sourceMap;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public Reporter(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  /** Reports a problem with the value at {@code pointer} ({@code /tiers/backend/replicas}). */
  public void value(Code code, String pointer, String message, String hint) {
    diagnostics.add(Diagnostic.of(code, sourceMap.valueAt(pointer), message, hint));
  }

  /** Reports a problem with the key at {@code pointer}: for names of tiers, pools, schedules and scenarios. */
  public void key(Code code, String pointer, String message, String hint) {
    diagnostics.add(Diagnostic.of(code, sourceMap.keyAt(pointer), message, hint));
  }

  /** Whether the spec has a node at {@code pointer} (the user wrote that field). */
  public boolean has(String pointer) {
    return sourceMap.node(pointer) != null;
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
