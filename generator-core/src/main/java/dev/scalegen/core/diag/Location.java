package dev.scalegen.core.diag;

/**
 * Where a diagnostic points: the file as the user named it, a 1-based line and column, and the
 * JSON-pointer-like path of the spec node ({@code /tiers/backend/autoscaling/min}); {@code line}
 * and {@code column} are 0 when the problem concerns the file as a whole. File and path are
 * {@linkplain PrintableText escaped}, as they are printed.
 */
public record Location(String file, int line, int column, String specPath) implements Comparable<Location> {

  public Location {
    file = file == null ? "" : PrintableText.escape(file);
    specPath = specPath == null ? "" : PrintableText.escape(specPath);
  }

  /** A location for the whole file (no line or column). */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0, "");
  }

  @Override
  public int compareTo(Location other) {
    int c = file.compareTo(other.file);
    if (c == 0) {
      c = Integer.compare(line, other.line);
    }
    if (c == 0) {
      c = Integer.compare(column, other.column);
    }
    return c;
  }
}
