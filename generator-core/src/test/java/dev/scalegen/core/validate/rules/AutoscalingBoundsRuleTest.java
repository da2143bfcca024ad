package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoscalingBoundsRuleTest {

  private static final String HEAD = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata:
        name: shop
      tiers:
        web:
          image: nginx:1.27
          resources: { requests: { cpu: 500m } }
      """;

  @Test
  void baselineMinAboveMaxPointsAtMin() {
    assertThat(report("    autoscaling: { min: 8, max: 5, cpu: 70% }\n")).containsExactly("SG201 9:25");
  }

  @Test
  void baselineMinBelowOnePointsAtMin() {
    assertThat(report("    autoscaling: { min: 0, max: 5, cpu: 70% }\n")).containsExactly("SG202 9:25");
  }

  @Test
  void scenarioThatOnlyLowersMaxPointsAtItsMax() {
    List<Diagnostic> ds = diagnostics("    autoscaling: { min: 4, max: 10, cpu: 70% }\n" + scenario("{ max: 2 }"));
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Code.MIN_ABOVE_MAX);
      assertThat(at(d)).isEqualTo("13:34");
      assertThat(d.location().specPath()).isEqualTo("/scenarios/spike/tiers/web/autoscaling/max");
      assertThat(d.message()).isEqualTo("`autoscaling.min` (4) is above `autoscaling.max` (2) in scenario `spike`");
    });
  }

  @Test
  void scenarioThatRaisesMinPointsAtItsMin() {
    assertThat(report("    autoscaling: { min: 2, max: 10, cpu: 70% }\n" + scenario("{ min: 20 }")))
        .containsExactly("SG201 13:34");
    assertThat(report("    autoscaling: { min: 2, max: 10, cpu: 70% }\n" + scenario("{ min: 20, max: 15 }")))
        .containsExactly("SG201 13:34");
  }

  @Test
  void scenarioMinBelowOnePointsAtItsMin() {
    assertThat(report("    autoscaling: { min: 2, max: 10, cpu: 70% }\n" + scenario("{ min: 0 }")))
        .containsExactly("SG202 13:34");
  }

  @Test
  void aBaselineProblemThatTheScenarioDoesNotTouchIsReportedOnceInTheBaseline() {
    assertThat(report("    autoscaling: { min: 8, max: 5, cpu: 70% }\n" + scenario("{ cpu: 60% }")))
        .containsExactly("SG201 9:25");
    assertThat(report("    autoscaling: { min: 0, max: 5, cpu: 70% }\n" + scenario("{ max: 20 }")))
        .containsExactly("SG202 9:25");
  }

  @Test
  void boundsInOrderPass() {
    assertThat(report("    autoscaling: { min: 2, max: 10, cpu: 70% }\n" + scenario("{ min: 5, max: 5 }"))).isEmpty();
  }

  @Test
  void scaleToZeroIsAllowedOnlyWithKedaAndAQueueTrigger() {
    String queue = "engine: keda\nmin: 0\nmax: 10\ntriggers: [{ type: redis-list, address: \"r:6379\", list: q, target: 5 }]\n";
    assertThat(KedaRuleFixture.reported(KedaRuleFixture.spec(queue, ""), Code.MIN_BELOW_ONE,
        Code.SCALE_TO_ZERO_WITHOUT_QUEUE)).isEmpty();
    assertThat(KedaRuleFixture.reported(KedaRuleFixture.spec("engine: keda\nmin: 0\nmax: 10\ncpu: 70%\n", ""),
        Code.MIN_BELOW_ONE, Code.SCALE_TO_ZERO_WITHOUT_QUEUE)).singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo(Code.SCALE_TO_ZERO_WITHOUT_QUEUE);
          assertThat(KedaRuleFixture.at(d)).isEqualTo("11:12");
          assertThat(d.hint()).contains("queue trigger");
        });
    assertThat(KedaRuleFixture.reported(KedaRuleFixture.spec("min: 0\nmax: 10\ncpu: 70%\n", ""),
        Code.MIN_BELOW_ONE, Code.SCALE_TO_ZERO_WITHOUT_QUEUE)).singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo(Code.MIN_BELOW_ONE);
          assertThat(d.hint()).contains("engine: keda");
        });
  }

  private static String scenario(String autoscaling) {
    return "scenarios:\n  spike:\n    tiers:\n      web: { autoscaling: " + autoscaling + " }\n";
  }

  private static List<String> report(String rest) {
    return diagnostics(rest).stream().map(d -> d.code().id() + " " + at(d)).toList();
  }

  private static List<Diagnostic> diagnostics(String rest) {
    return Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("scaling.yaml", HEAD + rest)).diagnostics());
  }

  private static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
