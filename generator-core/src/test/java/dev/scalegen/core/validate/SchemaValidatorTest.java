package dev.scalegen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

  private static List<Diagnostic> validate(String tiersYaml) {
    String yaml = "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: shop }\n" + tiersYaml;
    return Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("s.yaml", yaml)).diagnostics());
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
    // The missing `image` (SG102) follows from the misspelt `imag`, and is left out (Cascades).
    assertThat(ds).extracting(Diagnostic::code)
        .containsExactly(Code.UNKNOWN_KEY, Code.WRONG_TYPE, Code.YAML11_COERCION);
    assertThat(ds.get(0).hint()).isEqualTo("did you mean `image`?");
    assertThat(ds.get(1).hint()).isEmpty();
    assertThat(ds.get(2).hint()).isEqualTo("write `false`");
  }

  /** A check that no thread of the executor begins is done by {@code finish}; one begun is not done twice. */
  @Test
  void aCheckNoThreadBeganIsDoneByFinishAndOneBegunIsNotRepeated() {
    YamlLoader.Parsed parsed = YamlLoader.load(new SpecSource("s.yaml",
        "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: shop }\ntiers:\n  web: { imag: x }\n"));
    List<Diagnostic> inline = SchemaValidator.validate(parsed.root(), parsed.sourceMap(), List.of());
    assertThat(inline).extracting(Diagnostic::code).contains(Code.UNKNOWN_KEY);

    SchemaValidator.Pending never = SchemaValidator.begin(parsed.root(), parsed.sourceMap(), task -> {});
    assertThat(never.finish(List.of())).isEqualTo(inline);

    List<Runnable> held = new ArrayList<>();
    SchemaValidator.Pending later = SchemaValidator.begin(parsed.root(), parsed.sourceMap(), held::add);
    assertThat(later.finish(List.of())).isEqualTo(inline);
    held.forEach(Runnable::run); // the executor's late run finds the check done
    assertThat(later.finish(List.of())).isEqualTo(inline);
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
    ds = Fixtures.withoutPodResourceWarnings(ds);
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
  void percentTargetsAcceptEveryForm() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 70, memory: 80% }
          api:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: "70", memory: 1000% }
        """);
    assertThat(ds).isEmpty();
  }

  @Test
  void percentTargetsHaveTheSameRangeInEveryForm() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 0%, memory: 1001% }
          api:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 0, memory: 1001 }
          db:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: "0", memory: "1001" }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.OUT_OF_RANGE);
    assertThat(ds).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "`tiers.web.autoscaling.cpu` is `0%`; it must be at least 1%",
        "`tiers.web.autoscaling.memory` is `1001%`; it must be at most 1000%",
        "`tiers.api.autoscaling.cpu` is `0`; it must be at least 1%",
        "`tiers.api.autoscaling.memory` is `1001`; it must be at most 1000%",
        "`tiers.db.autoscaling.cpu` is `0`; it must be at least 1%",
        "`tiers.db.autoscaling.memory` is `1001`; it must be at most 1000%");
  }

  @Test
  void percentScenarioOverridesHaveTheRangeToo() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 70% }
        scenarios:
          spike: { tiers: { web: { autoscaling: { cpu: 0% } } } }
        """);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.OUT_OF_RANGE);
      assertThat(d.message()).isEqualTo("`scenarios.spike.tiers.web.autoscaling.cpu` is `0%`; it must be at least 1%");
    });
  }

  @Test
  void fractionsWhereAPercentageBelongsHintThePercentage() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 0.7, memory: "0.8" }
          api:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 70.5%, memory: 080% }
        """);
    assertThat(ds).extracting(Diagnostic::code)
        .containsExactly(Code.WRONG_TYPE, Code.BAD_FORMAT, Code.BAD_FORMAT, Code.BAD_FORMAT);
    assertThat(ds.get(0).message())
        .isEqualTo("`tiers.web.autoscaling.cpu` must be a percentage such as `70%`, not the number `0.7`");
    assertThat(ds).extracting(Diagnostic::hint).containsExactly(
        "a utilization target is in percent, not a fraction: write `70%`",
        "a utilization target is in percent, not a fraction: write `80%`",
        "write a whole percentage such as `71%`",
        "write `80%`");
  }

  @Test
  void wholeNumbersWrittenAsFloatsAreRefusedWherePercentagesBelong() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            resources: { requests: { cpu: 1, memory: 1Gi } }
            autoscaling: { min: 1, max: 2, cpu: 70.0 }
        """);
    // Bound as no target at all before: the HPA lost its CPU metric without a word.
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.WRONG_TYPE);
      assertThat(d.hint()).isEqualTo("write `70`");
    });
  }

  @Test
  void integersBeyondInt32AreOutOfRangeWhereverTheyAre() {
    List<Diagnostic> ds = validate("""
        tiers:
          web:
            image: x
            replicas: 2147483648
            securityContext: { runAsUser: 2147483648, fsGroup: 99999999999999999999 }
          api:
            image: x
            resources: { requests: { cpu: 1 } }
            autoscaling:
              min: 1
              max: 3000000000
              cpu: 70%
              behavior: { scaleUp: { policies: [ { type: Pods, value: 3000000000, periodSeconds: 15 } ] } }
        schedules:
          night:
            window: { from: "22:00", to: "06:00", timeZone: UTC }
            set: { web: { replicas: 2147483648 } }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.OUT_OF_RANGE);
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "`tiers.web.replicas` is `2147483648`; it must be at most 2147483647",
        "`tiers.web.securityContext.runAsUser` is `2147483648`; it must be at most 2147483647",
        "`tiers.web.securityContext.fsGroup` is `99999999999999999999`; it must be at most 2147483647",
        "`tiers.api.autoscaling.max` is `3000000000`; it must be at most 2147483647",
        "`tiers.api.autoscaling.behavior.scaleUp.policies[0].value` is `3000000000`; it must be at most 2147483647",
        "`schedules.night.set.web.replicas` is `2147483648`; it must be at most 2147483647");
    assertThat(Generator.validate(new dev.scalegen.core.spec.SpecSource("s.yaml",
        "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: shop }\n"
            + "tiers: { web: { image: x, replicas: 2147483647 } }\n")).valid()).isTrue();
  }

  @Test
  void unquotedTimesThatYaml11ReadsAsNumbersAreErrors() {
    List<Diagnostic> ds = validate("""
        tiers:
          web: { image: x, replicas: 2, env: { AT: 1:30 } }
        schedules:
          night:
            window: { from: 22:00, to: 06:00, timeZone: UTC }
            set: { web: { replicas: 1 } }
          lunch:
            window: { from: 12:30, to: "13:30", timeZone: UTC }
            set: { web: { replicas: 3 } }
        """);
    assertThat(ds).extracting(Diagnostic::code).containsOnly(Code.YAML11_COERCION);
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "`tiers.web.env.AT` is the unquoted `1:30`: YAML 1.2 (and scalegen) reads the string `1:30`, "
            + "YAML 1.1 tools read the base-60 number 90",
        "`schedules.night.window.from` is the unquoted `22:00`: YAML 1.2 (and scalegen) reads the string `22:00`, "
            + "YAML 1.1 tools read the base-60 number 1320",
        "`schedules.lunch.window.from` is the unquoted `12:30`: YAML 1.2 (and scalegen) reads the string "
            + "`12:30`, YAML 1.1 tools read the base-60 number 750");
    assertThat(ds.get(1).hint()).isEqualTo("quote it: `\"22:00\"`");
    assertThat(ds.get(1).location().line()).isEqualTo(8);
    assertThat(ds.get(1).location().column()).isEqualTo(21);
  }
}
