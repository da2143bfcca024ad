package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every difference between scalegen's YAML reading and YAML 1.2 that {@code docs/yaml.md} lists, one
 * test per row: if a parser upgrade changes one, this fails and the page is brought up to date.
 * The inputs are written for this test; the YAML test suite case that shows each difference is
 * named in the page.
 */
class YamlConformanceTest {

  private static YamlLoader.Parsed load(String yaml) {
    return YamlLoader.load(new SpecSource("s.yaml", yaml));
  }

  private static Diagnostic refused(String yaml) {
    YamlLoader.Parsed p = load(yaml);
    assertThat(p.root()).as("refused:\n%s", yaml).isNull();
    assertThat(p.diagnostics()).as("diagnostics of:\n%s", yaml).hasSize(1);
    return p.diagnostics().get(0);
  }

  private static String read(String yaml) {
    YamlLoader.Parsed p = load(yaml);
    assertThat(p.diagnostics()).as("diagnostics of:\n%s", yaml).isEmpty();
    return p.root().toString();
  }

  @Test
  void mergeKeysAreResolvedBeyondYaml12() {
    assertThat(read("d: &d {a: 1, b: 1}\nt: {<<: *d, b: 2}\n")).isEqualTo("{\"d\":{\"a\":1,\"b\":1},\"t\":{\"b\":2,\"a\":1}}");
  }

  @Test
  void aCommentThatTouchesTheTokenBeforeItIsAccepted() {
    assertThat(read("a: [x, y]#note\n")).isEqualTo("{\"a\":[\"x\",\"y\"]}");
    assertThat(read("a: [x,#note\n  y]\n")).isEqualTo("{\"a\":[\"x\",\"y\"]}");
    assertThat(read("a: \"v\"#note\n")).isEqualTo("{\"a\":\"v\"}");
  }

  @Test
  void continuationLinesIndentedTooLittleAreAccepted() {
    assertThat(read("flow: [a,\nb]\n")).isEqualTo("{\"flow\":[\"a\",\"b\"]}");
    assertThat(read("quoted: \"a\nb\"\n")).isEqualTo("{\"quoted\":\"a b\"}");
    assertThat(read("foo: \"bar\n\tbaz\"\n")).isEqualTo("{\"foo\":\"bar baz\"}");
    assertThat(read("- [\n\tfoo,\n foo\n ]\n")).isEqualTo("[[\"foo\",\"foo\"]]");
  }

  @Test
  void aTabBetweenTokensIsRefusedAndATabThatIndentsToo() {
    for (String yaml : List.of("name:\tshop\n", "-\ta\n")) {
      Diagnostic d = refused(yaml);
      assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX);
      assertThat(d.message()).contains("a tab separates").contains("scalegen's YAML reader accepts only spaces");
      assertThat(d.hint()).isEqualTo("replace the tab with a space");
    }
    assertThat(read("a: b\t# c\n")).as("before a comment a tab is a space").isEqualTo("{\"a\":\"b\"}");
    assertThat(read("a: [x,\ty]\n")).as("inside brackets a tab is a space").isEqualTo("{\"a\":[\"x\",\"y\"]}");
    Diagnostic indent = refused("a:\n\tb: 1\n");
    assertThat(indent.message()).isEqualTo("YAML syntax error: a tab indents this line; YAML indents with spaces");
    assertThat(indent.location().line()).isEqualTo(2);
  }

  @Test
  void aColonOnTheLineAfterItsFlowKeyIsRefusedWhereItIs() {
    Diagnostic d = refused("a: {\"k\"\n  : 1}\n");
    assertThat(d.location().line()).isEqualTo(2);
    assertThat(d.location().column()).isEqualTo(3);
    assertThat(d.message()).isEqualTo(
        "YAML syntax error: a `,` or `}` was expected here, not `:`, inside the mapping that opens at line 1, column 4");
    assertThat(d.hint()).startsWith("put the `:` right after its key");
    assertThat(refused("{ k\n  ey: 1 }\n").message()).contains("inside the mapping that opens at line 1, column 1");
  }

  @Test
  void aPlainValueThatStartsWithAColonInFlowIsRefused() {
    for (String yaml : List.of("a: {b: :c}\n", "a: [x, :y]\n")) {
      assertThat(refused(yaml).message())
          .isEqualTo("YAML syntax error: a value that starts with `:` must be quoted for scalegen's YAML reader (docs/yaml.md)");
    }
  }

  @Test
  void anEmptyKeyIsRefusedAsAKeyThatIsNotAString() {
    for (String yaml : List.of(": v\n", "a: {: v}\n", "a: 1\n: v\n")) {
      assertThat(refused(yaml).code()).isEqualTo(Code.NON_STRING_KEY);
    }
  }

  @Test
  void theEscapesForLineAndParagraphSeparatorAreRefused() {
    assertThat(refused("a: \"x\\Ly\"\n").message()).contains("unknown escape character L");
    assertThat(refused("a: \"x\\Py\"\n").message()).contains("unknown escape character P");
    assertThat(read("a: \"x\\u2028y\\N\\_\\e\"\n")).isEqualTo("{\"a\":\"x\u2028y\u0085\u00a0\\u001B\"}");
  }

  @Test
  void anchorNamesWithSlashDotStarOrAmpersandAreRefused() {
    for (String yaml : List.of("a: &x.y 1\n", "a: &x/y 1\n", "a: &:@*!$\"<foo>: s\n")) {
      assertThat(refused(yaml).message()).contains("while scanning an anchor");
    }
    assertThat(read("a: &x:y-z_1 1\nb: *x:y-z_1\n")).isEqualTo("{\"a\":1,\"b\":1}");
  }

  @Test
  void documentEndMarkersInOddPlacesAreSyntaxErrors() {
    assertThat(refused("...\n").code()).isEqualTo(Code.YAML_SYNTAX);
    assertThat(refused("a: 1\n...\nb: 2\n").code()).isEqualTo(Code.YAML_SYNTAX);
    assertThat(read("a: 1\n# c\n...\n")).isEqualTo("{\"a\":1}");
  }

  @Test
  void aTopLevelBlockScalarAtColumnOneIsRefused() {
    assertThat(refused("--- >\nline1\nline2\n").code()).isEqualTo(Code.YAML_SYNTAX);
  }

  @Test
  void aLastLineOfOnlySpacesWithoutALineBreakLosesItsLineBreak() {
    assertThat(read("foo: |\n  x\n   ")).isEqualTo("{\"foo\":\"x\\n \"}");
    assertThat(read("foo: |\n  x\n   \n")).isEqualTo("{\"foo\":\"x\\n \\n\"}");
  }

  @Test
  void theSeparatorsAndNelAreCharactersNotLineBreaks() {
    assertThat(read("a: x\u2028y\nb: 1\u00852\nc: \"p\u2029q\"\n"))
        .isEqualTo("{\"a\":\"x\u2028y\",\"b\":\"1\u00852\",\"c\":\"p\u2029q\"}");
  }
}
