package dev.scalegen.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import org.junit.jupiter.api.Test;

/**
 * The guard around snakeyaml-engine's merge: a mapping that merges itself is refused where it
 * starts (the library's merge would go round for ever), and merges of mappings that are still open
 * but end are composed as the library composes them.
 */
class GuardedComposerTest {

  private static YamlLoader.Parsed load(String yaml) {
    return YamlLoader.load(new SpecSource("s.yaml", yaml));
  }

  @Test
  void refusesAMappingThatMergesItselfFromInside() {
    YamlLoader.Parsed p = load("top:\n  a: &a\n    x: 1\n    b:\n      <<: *a\n    <<: *a\n");
    assertThat(p.root()).isNull();
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX);
      assertThat(d.message()).isEqualTo("YAML syntax error: a mapping merges itself with `<<`");
      assertThat(d.hint()).isEqualTo("merge a mapping defined before this one, not one that contains the `<<`");
      assertThat(d.location().line()).isEqualTo(2); // where `a` starts: its anchor
      assertThat(d.location().column()).isEqualTo(6);
    });
  }

  @Test
  void refusesALargeMappingThatMergesItself() {
    // Each round of the library's merge copies the 20,000 entries: refused after a bounded number of them.
    StringBuilder yaml = new StringBuilder("a: &a\n");
    for (int i = 0; i < 20_000; i++) {
      yaml.append("  k").append(i).append(": ").append(i).append('\n');
    }
    YamlLoader.Parsed p = load(yaml.append("  <<: *a\n").toString());
    assertThat(p.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("merges itself");
      assertThat(d.location().line()).isEqualTo(1);
      assertThat(d.location().column()).isEqualTo(4);
    });
  }

  @Test
  void composesAMergeOfAnOpenMappingThatEnds() {
    // `b` merges `a` while `a` is open and has a merge key of its own: two rounds, then done.
    YamlLoader.Parsed p = load("a: &a\n  <<: {c: 1}\n  b: {<<: *a, d: 2}\n");
    assertThat(p.diagnostics()).isEmpty();
    assertThat(p.root().get("a").get("b").toString()).isEqualTo("{\"d\":2,\"c\":1}");
    assertThat(p.root().get("a").get("c").intValue()).isEqualTo(1);
  }

  @Test
  void aSyntaxErrorAfterTheMergeIsReportedFirst() {
    // As if the stream were checked before composing: its own problems come before the composer's.
    YamlLoader.Parsed p = load("a: &a {x: 1, <<: *a}\nb: [1\n");
    assertThat(p.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("this `[` is not closed"));
  }
}
