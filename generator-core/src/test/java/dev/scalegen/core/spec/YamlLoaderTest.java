package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

  private static YamlLoader.Parsed load(String yaml) {
    return YamlLoader.load(new SpecSource("s.yaml", yaml));
  }

  @Test
  void keepsTheLineAndColumnOfEveryKeyAndValue() {
    YamlLoader.Parsed p = load("""
        tiers:
          web:
            replicas: 3
            command: [a, "b"]
        """);
    SourceMap.Node replicas = p.sourceMap().node("/tiers/web/replicas");
    assertThat(replicas.keyLine()).isEqualTo(3);
    assertThat(replicas.keyColumn()).isEqualTo(5);
    assertThat(replicas.line()).isEqualTo(3);
    assertThat(replicas.column()).isEqualTo(15);
    assertThat(p.sourceMap().node("/tiers/web/command/1").column()).isEqualTo(18);
    assertThat(p.sourceMap().node("/tiers/web/command/1").plain()).isFalse();
    assertThat(p.diagnostics()).isEmpty();
  }

  @Test
  void readsYaml12CoreTypes() {
    YamlLoader.Parsed p = load("a: yes\nb: 0755\nc: 1e3\nd: true\ne: ~\nf: '7'\ng: 0x1F\n");
    assertThat(p.root().get("a").isString()).isTrue();
    assertThat(p.root().get("b").intValue()).isEqualTo(755);
    assertThat(p.root().get("c").isNumber()).isTrue();
    assertThat(p.sourceMap().rawText("/c")).isEqualTo("1e3");
    assertThat(p.root().get("d").booleanValue()).isTrue();
    assertThat(p.root().get("e").isNull()).isTrue();
    assertThat(p.root().get("f").isString()).isTrue();
    assertThat(p.root().get("g").intValue()).isEqualTo(31);
  }

  /** Each text is typed once per load and remembered: a repeat, plain or quoted, key or value, reads as the first. */
  @Test
  void aTextThatRepeatsReadsTheSameEveryTimeAndAQuotedOneStaysAString() {
    YamlLoader.Parsed p = load("""
        a: [0755, '0755', 0755, yes, ~, ~, "~", 1.5, 1.5]
        b: { x: 0755, y: ~ }
        """);
    assertThat(p.root().get("a").get(0).intValue()).isEqualTo(755);
    assertThat(p.root().get("a").get(1).isString()).isTrue();
    assertThat(p.root().get("a").get(2).intValue()).isEqualTo(755);
    assertThat(p.root().get("a").get(3).isString()).isTrue();
    assertThat(p.root().get("a").get(4).isNull()).isTrue();
    assertThat(p.root().get("a").get(5).isNull()).isTrue();
    assertThat(p.root().get("a").get(6).isString()).isTrue();
    assertThat(p.root().get("a").get(8).isNumber()).isTrue();
    assertThat(p.root().get("b").get("x").intValue()).isEqualTo(755);
    assertThat(p.root().get("b").get("y").isNull()).isTrue();
    assertThat(load("a: 1\n1: x\n").diagnostics()).extracting(d -> d.code()).containsExactly(Code.NON_STRING_KEY);
  }

  @Test
  void reportsEveryDuplicateKeyAndKeepsTheFirstValue() {
    YamlLoader.Parsed p = load("a: 1\nb: 2\na: 3\na: 4\n");
    assertThat(p.diagnostics()).extracting(d -> d.code()).containsOnly(Code.DUPLICATE_KEY);
    assertThat(p.diagnostics()).extracting(d -> d.location().line()).containsExactly(3, 4);
    assertThat(p.root().get("a").intValue()).isEqualTo(1);
  }

  @Test
  void resolvesMergeKeysAndPointsMergedValuesAtTheirDefinition() {
    YamlLoader.Parsed p = load("base: &b {x: 1}\nt:\n  <<: *b\n  y: 2\n");
    assertThat(p.diagnostics()).isEmpty();
    assertThat(p.root().get("t").get("x").intValue()).isEqualTo(1);
    assertThat(p.sourceMap().node("/t/x").line()).isEqualTo(1);
  }

  @Test
  void refusesKeysThatAreNotScalars() {
    YamlLoader.Parsed p = load("? [k]\n: v\n");
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.NON_STRING_KEY);
      assertThat(d.location().line()).isEqualTo(1);
      assertThat(d.location().column()).isEqualTo(3);
    });
    assertThat(p.root()).isNull();
  }

  @Test
  void aBracketBraceOrQuoteThatIsNotClosedIsReportedWhereItOpens() {
    assertThat(load("tiers:\n  web:\n    command: [gunicorn, app\n    replicas: 2\n").diagnostics()).singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX);
          assertThat(d.location().line()).isEqualTo(3);
          assertThat(d.location().column()).isEqualTo(14);
          assertThat(d.message()).isEqualTo(
              "YAML syntax error: this `[` is not closed: at line 4, column 13 a `,` or `]` was expected, not `:`");
          assertThat(d.hint()).isEqualTo("close the list with `]`, or write it in block style, one `- item` per line");
        });
    assertThat(load("metadata: { name: shop, labels: { a: \"b\" c } }\n").diagnostics()).singleElement()
        .satisfies(d -> {
          // Closed further on: reported where the parser stopped, not as an unclosed `{`.
          assertThat(d.location().column()).isEqualTo(42);
          assertThat(d.message()).isEqualTo("YAML syntax error: a `,` or `}` was expected here, not another value,"
              + " inside the mapping that opens at line 1, column 33");
        });
    assertThat(load("web: { image: nginx, replicas: 2\n").diagnostics()).singleElement()
        .satisfies(d -> {
          assertThat(d.location().line()).isEqualTo(1);
          assertThat(d.location().column()).isEqualTo(6);
          assertThat(d.message()).endsWith("not the end of the file");
        });
    assertThat(load("a: 1\nimage: 'nginx\nb: 2\n").diagnostics()).singleElement()
        .satisfies(d -> {
          assertThat(d.location().line()).isEqualTo(2);
          assertThat(d.location().column()).isEqualTo(8);
          assertThat(d.message()).isEqualTo(
              "YAML syntax error: this `'` is not closed: the quoted value runs to the end of the file");
          assertThat(d.hint()).isEqualTo("end the value with `'`");
        });
  }

  @Test
  void escapesPointerSegments() {
    YamlLoader.Parsed p = load("labels:\n  example.com/team: a\n");
    assertThat(p.sourceMap().node("/labels/example.com~1team")).isNotNull();
    assertThat(SourceMap.dotted("/tiers/web/command/1")).isEqualTo("tiers.web.command[1]");
  }

  @Test
  void aFewAliasesToScalarsAndMappingsAreFine() {
    YamlLoader.Parsed p = load("r: &r {cpu: 1}\na: *r\nb: *r\n");
    assertThat(p.diagnostics()).isEmpty();
    assertThat(p.root().get("b").get("cpu").intValue()).isEqualTo(1);
  }

  @Test
  void refusesAMappingThatMergesItself() { // snakeyaml-engine's own merge never returns on this
    YamlLoader.Parsed p = load("a: &a {x: 1, <<: *a}\n");
    assertThat(p.root()).isNull();
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX);
      assertThat(d.message()).contains("merges itself");
      assertThat(d.location().line()).isEqualTo(1);
      assertThat(d.location().column()).isEqualTo(4);
    });
  }

  @Test
  void expandsAliasesOnlyOnceTheWholeFileIsRead() {
    // The expansion of *e would exceed the node limit, but the syntax error later is what is reported.
    StringBuilder yaml = new StringBuilder("a: &a [0,1,2,3,4,5,6,7,8,9]\n");
    for (char c = 'b'; c <= 'f'; c++) {
      yaml.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(9))
          .append('*').append((char) (c - 1)).append("]\n");
    }
    YamlLoader.Parsed p = load(yaml + "g: [1\n");
    assertThat(p.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX));
    assertThat(load(yaml.toString()).diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("more than 250000 nodes"));
  }
}
