package dev.scalegen.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The optional npm tools that {@link CiFilesTest} and {@link GitOpsObjectsTest} use (the packages
 * of {@code tools/ci/package.json}): in {@code tools/ci/node_modules} ({@code npm install --prefix
 * tools/ci}), in the folder {@code SCALEGEN_CI_NODE_MODULES} names, or installed globally
 * ({@code npm install -g}, found through {@code PATH} and npm's global folders);
 * action-validator also where {@code SCALEGEN_ACTION_VALIDATOR} names it. {@code null} when
 * absent, so that the tests skip.
 */
final class CiTools {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private CiTools() {}

  static Path folder() {
    return ROOT.resolve("tools/ci");
  }

  /** The action-validator binary, or {@code null}. */
  static Path actionValidator() {
    String bin = System.getenv("SCALEGEN_ACTION_VALIDATOR");
    if (bin != null && !bin.isBlank()) {
      return Path.of(bin);
    }
    Path local = folder().resolve("node_modules/.bin/action-validator");
    if (Files.isExecutable(local)) {
      return local;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "action-validator");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** A {@code node_modules} folder that holds the kubernetes-models packages, or {@code null}. */
  static Path nodeModules() {
    List<Path> candidates = new ArrayList<>(List.of(folder().resolve("node_modules")));
    String dir = System.getenv("SCALEGEN_CI_NODE_MODULES");
    if (dir != null && !dir.isBlank()) {
      candidates.add(Path.of(dir));
    }
    candidates.addAll(List.of(Path.of("/usr/lib/node_modules"), Path.of("/usr/local/lib/node_modules")));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate.resolve("@kubernetes-models/flux-cd"))
          && Files.isDirectory(candidate.resolve("@kubernetes-models/argo-cd")) && Files.isDirectory(candidate.resolve("yaml"))) {
        return candidate;
      }
    }
    return null;
  }

  /** {@code node} on {@code PATH}, or {@code null}. */
  static Path node() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "node");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  record Run(int exit, String output) {}

  static Run run(Path workDir, List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(new ArrayList<>(command)).directory(workDir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(command + " did not end");
    }
    return new Run(p.exitValue(), out);
  }

  /** The text of each fenced {@code yaml} block of a Markdown file. */
  static List<String> yamlBlocks(Path markdown) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(markdown)) {
      if (block == null && line.equals("```yaml")) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }
}
