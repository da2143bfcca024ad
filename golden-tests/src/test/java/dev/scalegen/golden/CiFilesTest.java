package dev.scalegen.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action, this repository's workflows and the example workflows of docs/ci.md: linted
 * with action-validator (skipped when it is not installed: {@link CiTools}), the examples on the
 * page equal to their files, and the permissions code scanning needs.
 */
class CiFilesTest {
  private static final Path ROOT = CiTools.ROOT;

  @TempDir
  Path tmp;

  private static List<Path> githubFiles() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("action.yml"), ROOT.resolve("examples/ci/github-actions.yml")));
    try (Stream<Path> workflows = Files.list(ROOT.resolve(".github/workflows"))) {
      workflows.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(files::add);
    }
    return files;
  }

  @Test
  void actionAndWorkflowsPassTheWorkflowValidatorWhichRejectsABrokenOne() throws Exception {
    Path validator = CiTools.actionValidator();
    Assumptions.assumeTrue(validator != null, "action-validator is not installed (npm install --prefix tools/ci): skipping the lint");
    for (Path file : githubFiles()) {
      CiTools.Run run = CiTools.run(ROOT, List.of(validator.toString(), file.toString()));
      assertThat(run.exit()).as("%s: %s", file, run.output()).isZero();
    }
    // The validator bites: the example workflow without runs-on, and the action with a step without shell.
    String workflow = Files.readString(ROOT.resolve("examples/ci/github-actions.yml"));
    Path broken = Files.writeString(tmp.resolve("broken.yml"), workflow.replace("    runs-on: ubuntu-latest\n", ""));
    assertThat(CiTools.run(ROOT, List.of(validator.toString(), broken.toString())).exit()).isNotZero();
    String action = Files.readString(ROOT.resolve("action.yml"));
    Path brokenAction = Files.writeString(tmp.resolve("action.yml"), action.replace("      shell: bash\n", ""));
    assertThat(CiTools.run(ROOT, List.of(validator.toString(), brokenAction.toString())).exit()).isNotZero();
  }

  @Test
  void theExamplesOfDocsCiAreTheFiles() throws IOException {
    List<String> blocks = CiTools.yamlBlocks(ROOT.resolve("docs/ci.md"));
    assertThat(blocks).contains(Files.readString(ROOT.resolve("examples/ci/github-actions.yml")),
        Files.readString(ROOT.resolve("examples/ci/gitlab-ci.yml")));
  }

  @Test
  void workflowsThatUploadSarifHaveThePermissionsCodeScanningNeeds() throws IOException {
    for (Path file : List.of(ROOT.resolve("examples/ci/github-actions.yml"), ROOT.resolve(".github/workflows/ci.yml"))) {
      String text = Files.readString(file);
      assertThat(text).as(file.toString()).contains("security-events: write", "actions: read", "contents: read");
    }
    String action = Files.readString(ROOT.resolve("action.yml"));
    assertThat(action).contains("uses: github/codeql-action/upload-sarif@v4", "uses: actions/cache@v4");
    assertThat(Files.readString(ROOT.resolve("docs/ci.md"))).contains("forks").contains("security-events: write");
  }
}
