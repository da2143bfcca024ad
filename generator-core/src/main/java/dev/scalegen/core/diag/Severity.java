package dev.scalegen.core.diag;

/** How bad a diagnostic is. Errors make a spec invalid; warnings do not (unless a front end is asked to fail on them). */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lower-case word used in rendered output: {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}
