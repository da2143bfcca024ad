package dev.scalegen.core.emit;

import dev.scalegen.core.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares generated manifests with what a directory holds, in memory, without writing: what
 * {@code scalegen check} reports as drift. A file is missing, changed, or stale (listed in the
 * directory's index but no longer generated). Foreign files are ignored.
 */
public final class OutputComparison {

  /** How a file differs. */
  public enum Kind { MISSING, CHANGED, STALE }

  /**
   * One difference; {@code expected} is what scalegen generates (empty for a stale file) and
   * {@code actual} what the directory holds (empty for a missing file).
   */
  public record Difference(String path, Kind kind, String expected, String actual) {

    /**
     * The change that regenerating would make, as a unified diff with three lines of context:
     * from what the directory holds ({@code a/PATH}, or {@code /dev/null} when missing) to what the
     * spec compiles to ({@code b/PATH}, or {@code /dev/null} when stale). Ends with a newline.
     */
    public String unifiedDiff() {
      return UnifiedDiff.of(kind == Kind.MISSING ? "/dev/null" : "a/" + path, actual,
          kind == Kind.STALE ? "/dev/null" : "b/" + path, expected);
    }
  }

  private OutputComparison() {}

  /** The differences, sorted by path; empty when the directory is up to date. */
  public static List<Difference> compare(List<Manifest> manifests, Path dir) throws IOException {
    return compare(manifests, dir, List.of());
  }

  /**
   * The differences within the folders of {@code scope} only ({@code base}, a scenario), as
   * {@link OutputWriter#write(List, Path, List)} would write them: files of other sets listed in
   * the index are not reported stale. An empty scope compares the whole directory.
   */
  public static List<Difference> compare(List<Manifest> manifests, Path dir, List<String> scope) throws IOException {
    List<Difference> differences = new ArrayList<>();
    for (Manifest m : manifests) {
      Path file = dir.resolve(m.path());
      if (!Files.isRegularFile(file)) {
        differences.add(new Difference(m.path(), Kind.MISSING, m.content(), ""));
        continue;
      }
      String actual = Files.readString(file, StandardCharsets.UTF_8);
      if (!actual.equals(m.content())) {
        differences.add(new Difference(m.path(), Kind.CHANGED, m.content(), actual));
      }
    }
    Set<String> generated = manifests.stream().map(Manifest::path).collect(Collectors.toSet());
    for (String path : OutputIndex.read(dir)) {
      Path file = dir.resolve(path);
      boolean owned = scope.isEmpty() || scope.stream().anyMatch(folder -> path.startsWith(folder + "/"));
      if (owned && !generated.contains(path) && Files.isRegularFile(file)) {
        differences.add(new Difference(path, Kind.STALE, "", Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    differences.sort(Comparator.comparing(Difference::path));
    return differences;
  }
}
