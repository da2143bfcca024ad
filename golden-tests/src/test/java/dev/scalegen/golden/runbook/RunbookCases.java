package dev.scalegen.golden.runbook;

import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.report.runbook.Runbook;
import dev.scalegen.report.runbook.RunbookOptions;
import dev.scalegen.report.runbook.RunbookResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runbooks under test: each folder of {@code cases/runbook/<case>} (its spec is
 * {@code cases/valid/<case>/scaling.yaml}, named {@code scaling.yaml}, manifests in {@code k8s}; the
 * runbook is {@code expected.md}), and the committed {@code examples/docvault/RUNBOOK.md}, made as
 * docs/runbook.md says, from the repository's root.
 */
record RunbookCases(String name, Path spec, RunbookOptions options, Path expected) {

  static Path repository() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("golden-tests")) ? here : here.getParent();
  }

  static List<RunbookCases> all() {
    Path root = repository().resolve("golden-tests/cases");
    List<RunbookCases> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root.resolve("runbook"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        cases.add(new RunbookCases(name, root.resolve("valid/" + name + "/scaling.yaml"), RunbookOptions.defaults(),
            dir.resolve("expected.md")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cases.add(docvaultExample());
    return cases;
  }

  /** {@code scalegen runbook examples/docvault/scaling.yaml --manifests k8s/docvault -o examples/docvault/RUNBOOK.md}. */
  static RunbookCases docvaultExample() {
    return new RunbookCases("examples/docvault", repository().resolve("examples/docvault/scaling.yaml"),
        RunbookOptions.defaults().withSpecPath("examples/docvault/scaling.yaml").withManifestsDirectory("k8s/docvault"),
        repository().resolve("examples/docvault/RUNBOOK.md"));
  }

  RunbookResult generate() throws IOException {
    String text = Files.readString(spec, StandardCharsets.UTF_8);
    return Runbook.generate(new SpecSource(options.specPath(), text), options);
  }

  /** {@code kubectl} on the PATH, or {@code null}. */
  static Path kubectl() {
    String path = System.getenv("PATH");
    for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, "kubectl");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name;
  }
}
