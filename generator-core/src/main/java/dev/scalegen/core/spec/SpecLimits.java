package dev.scalegen.core.spec;

/**
 * Safety limits on input, chosen so that hostile files (alias bombs, huge or deeply nested
 * documents) are refused quickly and in bounded memory. A real spec of a thousand tiers stays far
 * below every one of them. Documented in {@code docs/spec-reference.md}.
 */
public final class SpecLimits {
  /** Largest spec file read, in bytes (4 MiB); larger files are refused without being read. */
  public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
  /** Deepest nesting of mappings and lists. A spec needs 7. */
  public static final int MAX_DEPTH = 64;
  /** Most aliases to mappings or lists in one file. */
  public static final int MAX_COLLECTION_ALIASES = 50;
  /** Most nodes after aliases are expanded. */
  public static final int MAX_NODES = 250_000;

  private SpecLimits() {}
}
