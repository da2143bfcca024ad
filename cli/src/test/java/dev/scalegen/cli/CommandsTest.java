package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Severity;
import org.junit.jupiter.api.Test;

/** The commands that do not read a spec: schema, explain, completion; and colouring. */
class CommandsTest {

  @Test
  void schemaPrintsTheShippedSchema() {
    MainTest.Run r = MainTest.run("schema");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  @Test
  void explainPrintsTheDocumentationOfACode() {
    MainTest.Run r = MainTest.run("explain", "sg203");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("## SG203 both replicas and autoscaling").contains("**Fix**");
  }

  @Test
  void explainOfAnUnknownCodeIsAUsageError() {
    MainTest.Run r = MainTest.run("explain", "SG999");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a diagnostic code");
  }

  @Test
  void completionScriptIsGenerated() {
    MainTest.Run r = MainTest.run("generate-completion");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("scalegen Bash Completion").contains("validate");
  }

  @Test
  void paintColoursSeverityCaretAndHintOnly() {
    String plain = "s.yaml:1:4: error[SG103]: msg\n    1 | a: 1\n      |    ^\n  hint: fix\n";
    String painted = Terminal.paint(plain, Severity.ERROR);
    assertThat(painted).contains("\u001b[1;31merror[SG103]\u001b[0m").contains("\u001b[1;36mhint:\u001b[0m fix");
    assertThat(painted.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }
}
