package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What scalegen refuses of YAML 1.2 (SG010 to SG012), as the loader reports it: located, all of it, no tree. */
class YamlSubsetTest {

  private static List<Diagnostic> refused(String yaml) {
    YamlLoader.Parsed p = YamlLoader.load(new SpecSource("s.yaml", yaml));
    assertThat(p.root()).as("no tree once something is refused").isNull();
    return p.diagnostics();
  }

  private static String where(Diagnostic d) {
    return d.code().id() + "@" + d.location().line() + ":" + d.location().column();
  }

  @Test
  void refusesEveryTagWithItsPlaceAndField() {
    List<Diagnostic> found = refused("""
        tiers:
          web:
            image: !vault secret/web
            command: !!seq [a]
            port: !!int 80
            labels: {a: !!str 1, b: ! x, c: !!binary aGk=}
        """);
    assertThat(found).extracting(YamlSubsetTest::where)
        .containsExactly("SG010@3:12", "SG010@4:14", "SG010@5:11", "SG010@6:17", "SG010@6:29", "SG010@6:37");
    assertThat(found.get(0).message()).isEqualTo("`tiers.web.image` has the YAML tag `!vault`; scalegen accepts no tags");
    assertThat(found.get(0).location().specPath()).isEqualTo("/tiers/web/image");
    assertThat(found.get(3).message()).contains("`tiers.web.labels.a`", "`!!str`");
    assertThat(found.get(3).hint()).isEqualTo("remove `!!str`; quote the value if it must stay a string");
  }

  @Test
  void refusesTagDirectives() {
    List<Diagnostic> found = refused("%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n");
    assertThat(found).extracting(YamlSubsetTest::where).containsExactly("SG010@1:1", "SG010@3:4");
    assertThat(found.get(0).message())
        .isEqualTo("the directive `%TAG !e! tag:example.com,2000:` declares a YAML tag handle; scalegen accepts no tags");
  }

  @Test
  void refusesKeysThatAreNotStrings() {
    List<Diagnostic> found = refused("123: a\n~: b\ntrue: c\n1.5: d\n? \n: e\nt: {? [x] : f, ? {y: 1} : g}\n");
    assertThat(found).extracting(YamlSubsetTest::where)
        .containsExactly("SG011@1:1", "SG011@2:1", "SG011@3:1", "SG011@4:1", "SG011@5:2", "SG011@7:7", "SG011@7:18");
    assertThat(found.get(0).message())
        .isEqualTo("a key of `(root)`, `123`, is an integer in YAML, not a string; keys of a spec are strings");
    assertThat(found.get(0).hint()).isEqualTo("quote the key, `\"123\"`, if it is meant as written");
    assertThat(found.get(1).message()).contains("`~`, is null");
    assertThat(found.get(2).message()).contains("`true`, is a boolean");
    assertThat(found.get(3).message()).contains("`1.5`, is a number");
    assertThat(found.get(4).message()).isEqualTo("a key of `(root)` is empty (YAML reads it as null); keys of a spec are strings");
    assertThat(found.get(5).message()).isEqualTo("a key of `t` is a list or mapping; keys of a spec are strings");
  }

  @Test
  void anAliasAsAKeyIsCheckedForWhatItNames() {
    assertThat(refused("a: &n 1\n*n : x\n")).extracting(YamlSubsetTest::where).containsExactly("SG011@2:1");
    assertThat(refused("a: &l [1]\n*l : x\n")).extracting(YamlSubsetTest::where).containsExactly("SG011@2:1");
    YamlLoader.Parsed fine = YamlLoader.load(new SpecSource("s.yaml", "a: &k kk\n*k : x\n"));
    assertThat(fine.diagnostics()).isEmpty();
    assertThat(fine.root().get("kk").asString()).isEqualTo("x");
  }

  @Test
  void acceptsQuotedKeysMergeKeysAndStrings() {
    YamlLoader.Parsed p = YamlLoader.load(new SpecSource("s.yaml",
        "'123': a\n\"true\": b\nb: &b {x: 1}\nt: {<<: *b, yes: 2, no: 3, on: 4}\n"));
    assertThat(p.diagnostics()).isEmpty();
    assertThat(p.root().get("t").get("x").intValue()).isEqualTo(1);
  }

  @Test
  void refusesAnyYamlVersionButOnePointTwo() {
    for (String version : List.of("1.1", "2.0", "1.3", "1.0")) {
      List<Diagnostic> found = refused("%YAML " + version + "\n---\na: 1\n");
      assertThat(found).extracting(YamlSubsetTest::where).containsExactly("SG012@1:1");
      assertThat(found.get(0).message())
          .isEqualTo("the directive `%YAML " + version + "` asks for YAML " + version + "; scalegen reads YAML 1.2 only");
    }
    assertThat(YamlLoader.load(new SpecSource("s.yaml", "%YAML 1.2\n---\na: 1\n")).diagnostics()).isEmpty();
  }

  @Test
  void whatIsRefusedBeforeASyntaxErrorIsReportedWithIt() {
    assertThat(refused("a: !x 1\nb: [1\n")).extracting(d -> d.code().id()).containsExactly("SG010", "SG005");
  }

  @Test
  void anEmptyKeyThatTheReaderRefusesIsStillReportedAsAKeyThatIsNotAString() {
    for (String yaml : List.of("a: 1\n: e\n", "a: {: e}\n", "a: [x, {: e}]\n")) {
      List<Diagnostic> found = refused(yaml);
      assertThat(found).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Code.NON_STRING_KEY);
        assertThat(d.message()).isEqualTo("this key is empty, and YAML reads an empty key as null; keys of a spec are strings");
      });
    }
  }

  @Test
  void aHostileFileOfTagsGetsABoundedReport() {
    String yaml = "a: [" + "!t 1, ".repeat(100_000) + "1]\n";
    assertThat(refused(yaml)).hasSize(YamlSubset.MAX_REPORTED);
  }
}
