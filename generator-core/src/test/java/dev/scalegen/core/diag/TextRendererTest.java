package dev.scalegen.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.spec.SpecSource;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private final SpecSource source = new SpecSource("s.yaml", "a: 1\nb:\n\tc: x\n");

  @Test
  void rendersHeadlineSourceLineCaretAndHint() {
    Diagnostic d = Diagnostic.of(Code.WRONG_TYPE, new Location("s.yaml", 1, 4, "/a"), "`a` is wrong", "fix it");
    assertThat(TextRenderer.render(d, source)).isEqualTo("""
        s.yaml:1:4: error[SG103]: `a` is wrong
            1 | a: 1
              |    ^
          hint: fix it
        """);
  }

  @Test
  void fileLevelDiagnosticsHaveNoPositionOrSnippet() {
    Diagnostic d = Diagnostic.of(Code.EMPTY_SPEC, Location.ofFile("s.yaml"), "empty", "");
    assertThat(TextRenderer.render(d, source)).isEqualTo("s.yaml: error[SG004]: empty\n");
  }

  @Test
  void tabsAreShownAsSpacesSoTheCaretLinesUp() {
    Diagnostic d = new Diagnostic(Code.MEMORY_TARGET_ON_WORKERS, null, new Location("s.yaml", 3, 2, ""), "m", "");
    assertThat(TextRenderer.render(d, source)).contains("    3 |  c: x\n      |  ^\n").startsWith("s.yaml:3:2: warning[SG218]");
  }

  @Test
  void veryLongLinesAreCutToAWindowAroundTheColumn() {
    String longLine = "a: " + "[".repeat(5000) + "]".repeat(5000);
    SpecSource deep = new SpecSource("d.yaml", longLine + "\n");
    Diagnostic d = Diagnostic.of(Code.YAML_LIMIT, new Location("d.yaml", 1, 67, ""), "too deep", "");
    String[] lines = TextRenderer.render(d, deep).split("\n");
    assertThat(lines[1]).startsWith("    1 | ...[[[").endsWith("[[[...").hasSizeLessThan(140);
    assertThat(lines[2].indexOf('^') - "      | ".length()).isEqualTo(3 + 60);
  }

  @Test
  void aLongLineWithCharactersOutsideTheBasicPlaneIsCutByCodePoints() {
    // Columns count code points: the emoji before the column is one, and the window holds another.
    String longLine = "\uD83D\uDE00 " + "x".repeat(200) + "\uD83D\uDE00" + "y".repeat(200);
    SpecSource wide = new SpecSource("w.yaml", "a: 1\n" + longLine + "\n");
    Diagnostic d = Diagnostic.of(Code.UNKNOWN_KEY, new Location("w.yaml", 2, 203, ""), "unknown key", "");
    String[] lines = TextRenderer.render(d, wide).split("\n");
    assertThat(lines[1]).isEqualTo("    2 | ..." + "x".repeat(60) + "\uD83D\uDE00" + "y".repeat(59) + "...");
    assertThat(lines[2].indexOf('^') - "      | ".length()).isEqualTo(3 + 60);
  }

  @Test
  void controlCharactersOfTheSourceLineAreEscapedAndTheCaretFollows() {
    SpecSource hostile = new SpecSource("h.yaml", "\"a\u001b[2J\u202e\": x\u0007y: 1\n");
    Diagnostic d = Diagnostic.of(Code.UNKNOWN_KEY, new Location("h.yaml", 1, 13, ""), "unknown key", "");
    String text = TextRenderer.render(d, hostile);
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0007");
    String[] lines = text.split("\n");
    assertThat(lines[1]).isEqualTo("    1 | \"a\\u001b[2J\\u202e\": x\\u0007y: 1");
    assertThat(lines[2].indexOf('^') - "      | ".length()).isEqualTo(lines[1].indexOf("y: 1") - "    1 | ".length());
  }
}
