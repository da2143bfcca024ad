package dev.scalegen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

  private static List<Diagnostic> validate(String tiersYaml) {
    String yaml = "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: shop }\n" + tiersYaml;
    // (SG255, a missing readiness probe, and SG259, workers' grace period, have tests of their own.)
    return Generator.validate(new SpecSource("s.yaml", yaml)).diagnostics().stream()
        .filter(d -> d.code() != Code.NO_READINESS_PROBE && d.code() != Code.WORKERS_DEFAULT_GRACE).toList();
  }

  @Test
  void reportsEverySchemaProblemInOneRun() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            imag: nginx
            replicas: "3"
            stateful: off
        """);
    assertThat(ds).extracting(Diagnostic::code)
        .containsExactly(Code.MISSING_KEY, Code.UNKNOWN_KEY, Code.WRONG_TYPE, Code.YAML11_COERCION);
    assertThat(ds.get(1).hint()).isEqualTo("did you mean `image`?");
    assertThat(ds.get(2).hint()).isEmpty();
    assertThat(ds.get(3).hint()).isEqualTo("write `false`");
  }

  @Test
  void quotedYamlWordsAreOrdinaryTypeErrors() {
    List<Diagnostic> ds = validate("tiers:\n  web: { image: x, replicas: 1, stateful: \"no\" }\n");
    assertThat(ds).extracting(Diagnostic::code).containsExactly(Code.WRONG_TYPE);
  }

  @Test
  void numbersWhereStringsBelongGetAQuotingHint() {
    List<Diagnostic> ds = validate("tiers:\n  web: { image: 5, replicas: 1 }\n");
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.WRONG_TYPE);
      assertThat(d.hint()).isEqualTo("quote it: `\"5\"`");
    });
  }

  @Test
  void unknownApiVersionAndKindAreNamed() {
    List<Diagnostic> ds = Generator.validate(new SpecSource("s.yaml",
        "apiVersion: scalegen.dev/v2\nkind: ScalingSpecs\nmetadata: { name: a }\ntiers: { w: { image: x, replicas: 1 } }\n"))
        .diagnostics();
    assertThat(ds).extracting(Diagnostic::code).containsExactly(Code.VALUE_NOT_ALLOWED, Code.VALUE_NOT_ALLOWED);
    assertThat(ds.get(1).hint()).isEqualTo("did you mean `ScalingSpec`?");
  }

  @Test
  void integersWithALeadingZeroThatYaml11ReadsOtherwiseAreErrors() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            replicas: 010
            resources: { requests: { cpu: 0500, memory: 1Gi } }
          api:
            image: x
            autoscaling: { min: 1, max: 09, cpu: 070 }
            resources: { requests: { cpu: 1, memory: 1Gi } }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.YAML11_COERCION);
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "`tiers.web.replicas` is `010`, a number with a leading zero: YAML 1.2 (and scalegen) reads 10, "
            + "YAML 1.1 tools read the octal 8",
        "`tiers.web.resources.requests.cpu` is `0500`, a number with a leading zero: YAML 1.2 (and scalegen) "
            + "reads 500, YAML 1.1 tools read the octal 320",
        "`tiers.api.autoscaling.max` is `09`, a number with a leading zero: YAML 1.2 (and scalegen) reads 9, "
            + "YAML 1.1 tools read the string `09`",
        "`tiers.api.autoscaling.cpu` is `070`, a number with a leading zero: YAML 1.2 (and scalegen) reads 70, "
            + "YAML 1.1 tools read the octal 56");
    assertThat(ds.get(0).hint()).isEqualTo("write `10`");
    assertThat(ds.get(0).location().line()).isEqualTo(7);
    assertThat(ds.get(0).location().column()).isEqualTo(15);
  }

  @Test
  void leadingZerosThatReadTheSameEverywhereOrAreQuotedPass() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            replicas: 07
            resources: { requests: { cpu: 0, memory: 1Gi } }
            env: { LEVEL: "010" }
        """);
    assertThat(ds).isEmpty();
  }

  @Test
  void percentTargetsAcceptBothForms() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 70, memory: 80% }
        """);
    assertThat(ds).isEmpty();
  }
}
