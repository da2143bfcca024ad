package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelSyntaxRuleTest {

  private static List<Diagnostic> validate(String yaml) {
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics());
  }

  private static String position(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }

  @Test
  void validLabelsAndAnnotationsPass() {
    assertThat(validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
          labels: { team: platform, example.com/cost-center: "CC_42.a", empty: "" }
          annotations: { example.com/owner: "Platform Team <platform@example.com>" }
        nodePools:
          big: { preset: custom, nodeLabel: { key: example.com/node-class, value: Large_1 } }
        tiers:
          web:
            image: nginx:1.27
            replicas: 2
            labels: { tier.example.com/role: frontend }
            annotations: { note: "anything goes in an annotation value" }
        """)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'Team Name' | its name `Team Name` may hold only letters, digits, `-`, `_` and `.`, and must start and end with a letter or digit",
      "a/b/c       | it has more than one `/`",
      "/team       | the prefix before `/` is empty",
      "example.com/ | the name after `/` is empty",
      "Example.com/team | its prefix `Example.com` is not a DNS subdomain (lower-case letters, digits, `-` and `.`)",
      "-team       | its name `-team` may hold only letters, digits, `-`, `_` and `.`, and must start and end with a letter or digit"})
  void reportsABadKeyAtTheKey(String key, String problem) {
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
          labels:
            "%s": x
        tiers:
          web: { image: "nginx:1.27", replicas: 2 }
        """.formatted(key));
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.BAD_LABEL);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(position(d)).isEqualTo("6:5");
      assertThat(d.message()).isEqualTo("`metadata.labels` key `" + key + "` is not a valid label key: " + problem);
    });
  }

  @Test
  void reportsLongNamesPrefixesAndValues() {
    String name = "n".repeat(64);
    String prefix = String.join(".", "p".repeat(60), "q".repeat(60), "r".repeat(60), "s".repeat(60), "t".repeat(60), "io");
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        tiers:
          web:
            image: nginx:1.27
            replicas: 2
            labels:
              %s: x
              %s/team: x
              version: "%s"
              note: "needs review"
        """.formatted(name, prefix, "v".repeat(64)));
    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(Code.BAD_LABEL);
    assertThat(diagnostics).extracting(LabelSyntaxRuleTest::position).containsExactly("10:7", "11:7", "12:16", "13:13");
    assertThat(diagnostics).extracting(Diagnostic::message).containsExactly(
        "`tiers.web.labels` key `" + name + "` is not a valid label key: its name is 64 characters, over the limit of 63",
        "`tiers.web.labels` key `" + prefix + "/team` is not a valid label key: its prefix is 307 characters, over the limit of 253",
        "`tiers.web.labels` value `" + "v".repeat(64) + "` of `version` is not a valid label value: it is 64 characters, over the limit of 63",
        "`tiers.web.labels` value `needs review` of `note` is not a valid label value: it may hold only letters, digits, `-`, `_` and `.`, and must start and end with a letter or digit");
    assertThat(diagnostics.get(3).hint()).contains("annotation");
  }

  @Test
  void checksAnnotationKeysButNotTheirValues() {
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
          annotations:
            "owner team": "Platform Team"
        tiers:
          web: { image: "nginx:1.27", replicas: 2 }
        """);
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(position(d)).isEqualTo("6:5");
      assertThat(d.message()).startsWith("`metadata.annotations` key `owner team` is not a valid annotation key");
    });
  }

  @Test
  void checksNodeLabelKeyAndValueAtTheirValues() {
    List<Diagnostic> diagnostics = validate("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata:
          name: shop
        nodePools:
          big:
            preset: custom
            nodeLabel:
              key: "node class"
              value: "large nodes"
        tiers:
          web: { image: "nginx:1.27", replicas: 2 }
        """);
    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly(Code.BAD_LABEL);
    assertThat(diagnostics).extracting(LabelSyntaxRuleTest::position).containsExactly("9:12", "10:14");
    assertThat(diagnostics.get(0).message()).startsWith("`nodeLabel.key` is `node class`, which is not a valid label key");
    assertThat(diagnostics.get(1).message()).startsWith("`nodeLabel.value` is `large nodes`, which is not a valid label value");
  }
}
