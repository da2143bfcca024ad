package dev.scalegen.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the golden cases live and whether this run rewrites them. */
final class Golden {
  private Golden() {}

  /** {@code golden-tests/cases}, whichever directory Maven or an IDE runs from. */
  static Path casesRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p : List.of(here.resolve("cases"), here.resolve("golden-tests/cases"))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("golden cases not found from " + here);
  }

  /** True when run with {@code -Dgolden.update=true}: expected files are rewritten and the test still fails. */
  static boolean update() {
    return "true".equals(System.getProperty("golden.update"));
  }

  /** The case folders under {@code cases/<kind>}, sorted by name. */
  static List<Path> cases(String kind) {
    try (Stream<Path> dirs = Files.list(casesRoot().resolve(kind))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
