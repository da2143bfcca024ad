package dev.scalegen.core.emit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The small index of what scalegen wrote into an output directory ({@value #FILE_NAME}): one
 * relative path per line, sorted, after a comment. The writer deletes only files that an earlier
 * index lists (and that still carry scalegen's header); a file it never listed is never touched.
 */
final class OutputIndex {

  static final String FILE_NAME = ".scalegen-index";
  private static final String COMMENT =
      "# Files that scalegen generated in this directory. It deletes them when the spec no longer\n"
          + "# produces them, and never touches other files. Do not edit.\n";

  private OutputIndex() {}

  /**
   * The paths listed in the index of {@code files}' directory, or none when there is no index.
   *
   * @throws UnsafeOutputException when the index is a symbolic link, or lists a path that is not
   *     below the directory (an edited index must not make scalegen reach outside)
   */
  static Set<String> read(OutputFiles files) throws IOException {
    Path file = files.root().resolve(FILE_NAME);
    byte[] bytes = files.read(file);
    Set<String> paths = new LinkedHashSet<>();
    if (bytes == null) {
      return paths;
    }
    int number = 0;
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
      number++;
      String path = line.strip();
      if (path.isEmpty() || path.startsWith("#")) {
        continue;
      }
      if (!safe(path)) {
        throw UnsafeOutputException.indexEntry(file, number, path);
      }
      paths.add(path);
    }
    return paths;
  }

  /** The text of an index listing {@code paths}. */
  static String render(Collection<String> paths) {
    StringBuilder b = new StringBuilder(COMMENT);
    paths.stream().sorted().forEach(p -> b.append(p).append('\n'));
    return b.toString();
  }

  /**
   * A relative path below the directory: {@code /}-separated segments, none empty, {@code .} or
   * {@code ..}, no drive or backslash.
   */
  static boolean safe(String path) {
    if (path.startsWith("/") || path.contains("\\") || path.contains(":") || path.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
