package dev.scalegen.core.diag;

/** How bad a diagnostic is. Errors make a spec invalid; warnings and infos do not (unless a front end is asked to fail on them). */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  /** What a reader should know, not a problem: e.g. a manifest field that {@code import} could not carry into the spec. */
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lower-case word used in rendered output: {@code error} or {@code warning}. */
  public String label() {
    return label;
  }
}
