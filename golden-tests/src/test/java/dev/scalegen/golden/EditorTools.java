package dev.scalegen.golden;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The Node tools that the editor tests drive: {@code node} on the {@code PATH}, and the npm
 * packages of {@code tools/editors/package.json} installed into a folder's {@code node_modules}:
 * the folder named by the environment variable {@code SCALEGEN_EDITOR_TOOLS}, else
 * {@code tools/editors} of this repository ({@code npm ci} there). A test that needs them is
 * skipped, with a message that says how to install them, when either is missing: CI machines and
 * users may have no Node.
 */
final class EditorTools {

  /** Environment variable naming a folder whose {@code node_modules} holds the packages. */
  static final String ENV = "SCALEGEN_EDITOR_TOOLS";

  private EditorTools() {}

  /** The repository's root folder. */
  static Path repository() {
    return Golden.casesRoot().getParent().getParent().toAbsolutePath().normalize();
  }

  /** The folder that holds {@code node_modules}, and the {@code .mjs} scripts of {@code tools/editors}. */
  static Path folder() {
    String configured = System.getenv(ENV);
    return configured == null || configured.isBlank()
        ? repository().resolve("tools/editors") : Path.of(configured).toAbsolutePath();
  }

  /** {@code node}, or the test is skipped. */
  static Path node() {
    Path node = onPath("node");
    Assumptions.assumeTrue(node != null, "node is not on the PATH: skipping (install Node.js 20+ to run this test)");
    return node;
  }

  /** The installed package {@code name} (its folder under {@code node_modules}), or the test is skipped. */
  static Path module(String name) {
    Path dir = folder().resolve("node_modules").resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("package.json")), "npm package " + name + " is not in "
        + dir.getParent() + ": skipping (run `npm ci` in tools/editors, or set " + ENV + ")");
    return dir;
  }

  private static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
