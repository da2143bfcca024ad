package dev.scalegen.core.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.SpecSource;
import org.junit.jupiter.api.Test;

class ManifestParserTest {

  @Test
  void everyDocumentIsReadWithPositionsAndEmptyOnesAreSkipped() {
    var docs = Manifests.parse("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\n---\n"
        + "kind: Deployment\nspec:\n  replicas: 3\n  template: {spec: {containers: [{name: x, image: \"8\"}]}}\n");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(1).at("/spec/replicas")).satisfies(l -> {
      assertThat(l.file()).isEqualTo("m.yaml");
      assertThat(l.line()).isEqualTo(10);
      assertThat(l.column()).isEqualTo(13);
    });
    assertThat(docs.get(1).keyAt("/spec/replicas").column()).isEqualTo(3);
    assertThat(docs.get(1).tree().at("/spec/replicas").isInt()).isTrue();
    assertThat(docs.get(1).tree().at("/spec/template/spec/containers/0/image").isTextual()).isTrue();
    assertThat(docs.get(1).at("/spec/nothing/here").line()).as("the nearest node that exists: spec").isEqualTo(10);
  }

  @Test
  void aSyntaxErrorIsLocatedAndKeepsTheDocumentsBeforeIt() {
    var parsed = ManifestParser.parse(new SpecSource("bad.yaml", "kind: A\n---\nkind: B\n  x: [1,\n"));
    assertThat(parsed.documents()).hasSize(1);
    assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.MANIFEST_YAML);
      assertThat(d.location().file()).isEqualTo("bad.yaml");
      assertThat(d.location().line()).isEqualTo(4);
    });
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder y = new StringBuilder("a: &a [x, x]\n");
    for (int i = 0; i < 60; i++) {
      y.append("b").append(i).append(": [*a, *a]\n");
    }
    assertThat(ManifestParser.parse(new SpecSource("bomb.yaml", y.toString())).diagnostics())
        .extracting(d -> d.code()).containsExactly(Code.MANIFEST_YAML);
  }
}
