package dev.scalegen.golden.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.report.runbook.RunbookResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each runbook case ({@link RunbookCases}) renders exactly its {@code expected.md}, byte for byte;
 * {@code examples/docvault/RUNBOOK.md} is the DocVault example's current runbook (a drift test like
 * those of the committed manifests). With {@code -Dgolden.update=true} the files are rewritten and
 * the test still fails, so that the rewrite is reviewed in {@code git diff}.
 */
class RunbookGoldenTest {

  @TestFactory
  Stream<DynamicTest> everyRunbookIsItsExpectedFile() {
    return RunbookCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  @Test
  void everyCaseIsAValidCase() {
    assertThat(RunbookCases.all()).allSatisfy(c -> assertThat(c.spec()).as(c.name()).isRegularFile());
    assertThat(RunbookCases.all()).hasSizeGreaterThanOrEqualTo(4);
  }

  private static void check(RunbookCases c) throws IOException {
    RunbookResult result = c.generate();
    assertThat(result.result().valid()).as(c.name() + " is valid").isTrue();
    String markdown = result.markdown().orElseThrow();
    if ("true".equals(System.getProperty("golden.update"))) {
      Files.writeString(c.expected(), markdown, StandardCharsets.UTF_8);
      throw new AssertionError("rewrote " + c.expected() + " (golden.update): review it with git diff, "
          + "then run again without -Dgolden.update");
    }
    assertThat(c.expected()).as("%s: run the golden tests with -Dgolden.update=true", c.expected()).isRegularFile();
    assertThat(markdown).as(c.expected().toString())
        .isEqualTo(Files.readString(c.expected(), StandardCharsets.UTF_8));
    assertThat(c.generate().markdown().orElseThrow()).as("the same spec, the same runbook").isEqualTo(markdown);
  }
}
