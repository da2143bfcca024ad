package dev.scalegen.core.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The small index of what scalegen wrote into an output directory ({@value #FILE_NAME}): one
 * relative path per line, sorted, after a comment. The writer deletes only files that an earlier
 * index lists; a file it never listed is never touched.
 */
final class OutputIndex {

  static final String FILE_NAME = ".scalegen-index";
  private static final String COMMENT =
      "# Files that scalegen generated in this directory. It deletes them when the spec no longer\n"
          + "# produces them, and never touches other files. Do not edit.\n";

  private OutputIndex() {}

  /** The paths listed in {@code dir}'s index, or none when there is no index. */
  static Set<String> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    Set<String> paths = new LinkedHashSet<>();
    if (!Files.isRegularFile(file)) {
      return paths;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String path = line.strip();
      if (!path.isEmpty() && !path.startsWith("#") && safe(path)) {
        paths.add(path);
      }
    }
    return paths;
  }

  /** The text of an index listing {@code paths}. */
  static String render(Collection<String> paths) {
    StringBuilder b = new StringBuilder(COMMENT);
    paths.stream().sorted().forEach(p -> b.append(p).append('\n'));
    return b.toString();
  }

  /** A relative path that stays inside the directory (an edited index must not reach outside). */
  static boolean safe(String path) {
    return !path.startsWith("/") && !path.contains("\\") && !path.contains("..") && !path.contains(":");
  }
}
