package dev.scalegen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema states the name, time, quantity, minimum and exclusion rules for editors; scalegen
 * reports each once, by the semantic rule that says more, and by the schema, in readable words,
 * where no rule does.
 */
class RestatementsTest {

  private static final String SPEC = """
      apiVersion: scalegen.dev/v1
      kind: ScalingSpec
      metadata: { name: shop, namespace: Shop }
      tiers:
        Web_1:
          image: x
          replicas: 2
          autoscaling: { min: -1, max: 4 }
          resources: { requests: { cpu: 1, memory: 2GB } }
      schedules:
        night:
          window: { from: "6:00", to: "22:00", timeZone: UTC }
          set: { Web_1: { min: 1 } }
      """;

  @Test
  void eachMistakeIsReportedOnceByTheRuleThatSaysMore() {
    List<Diagnostic> ds = Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("s.yaml", SPEC)).diagnostics());
    assertThat(ds).extracting(d -> d.code().id() + " " + d.location().specPath()).containsExactly(
        "SG214 /metadata/namespace",
        "SG214 /tiers/Web_1",
        "SG203 /tiers/Web_1/replicas",
        "SG202 /tiers/Web_1/autoscaling/min",
        "SG207 /tiers/Web_1/resources/requests/memory",
        "SG211 /schedules/night/window/from");
    assertThat(ds.get(5).hint()).isEqualTo("write `\"06:00\"`");
  }

  @Test
  void withoutTheRulesTheSchemaReportsEachInWords() {
    YamlLoader.Parsed parsed = YamlLoader.load(new SpecSource("s.yaml", SPEC));
    List<Diagnostic> ds = SchemaValidator.validate(parsed.root(), parsed.sourceMap()).stream()
        .sorted(Diagnostic.BY_POSITION).toList();
    assertThat(ds).extracting(d -> d.code().id() + " " + d.location().specPath() + " " + d.message()).containsExactly(
        "SG107 /metadata/namespace `metadata.namespace` is `Shop`; expected a DNS-1123 label: lower-case letters, "
            + "digits and `-`, starting and ending with a letter or digit, such as `backend`",
        "SG107 /tiers/Web_1 key `Web_1` of `tiers` is not a valid name; expected a DNS-1123 label: lower-case "
            + "letters, digits and `-`, starting and ending with a letter or digit, such as `backend`",
        "SG108 /tiers/Web_1/replicas `tiers.Web_1.replicas` cannot be set together with `autoscaling`",
        "SG106 /tiers/Web_1/autoscaling/min `tiers.Web_1.autoscaling.min` is `-1`; it must be at least 0",
        "SG107 /tiers/Web_1/resources/requests/memory `tiers.Web_1.resources.requests.memory` is `2GB`; expected "
            + "a Kubernetes quantity such as `500m`, `0.5`, `2Gi` or `512Mi`",
        "SG107 /schedules/night/window/from `schedules.night.window.from` is `6:00`; expected a 24-hour time "
            + "`HH:MM` from `00:00` to `23:59`, such as `\"22:00\"`");
    assertThat(ds.get(2).hint()).startsWith("`replicas` and `autoscaling` exclude each other");
    assertThat(ds.get(1).location().line()).isEqualTo(5);
    assertThat(ds.get(1).location().column()).isEqualTo(3);
  }

  @Test
  void aRuleThatReportsSomethingElseAtTheFieldDoesNotHideTheSchemaError() {
    Restatements none = new Restatements(List.of());
    assertThat(none.saidBetter("/$defs/clockTime/pattern", "/schedules/night/window/from")).isFalse();
    Restatements other = new Restatements(List.of(Diagnostic.of(Code.DST_TIME,
        new dev.scalegen.core.diag.Location("s.yaml", 1, 1, "/schedules/night/window/from"), "m", "")));
    assertThat(other.saidBetter("/$defs/clockTime/pattern", "/schedules/night/window/from")).isFalse();
    Restatements time = new Restatements(List.of(Diagnostic.of(Code.BAD_TIME,
        new dev.scalegen.core.diag.Location("s.yaml", 1, 1, "/schedules/night/window/from"), "m", "")));
    assertThat(time.saidBetter("/$defs/clockTime/pattern", "/schedules/night/window/from")).isTrue();
    assertThat(time.saidBetter("/$defs/clockTime/pattern", "/schedules/day/window/from")).isFalse();
  }

  @Test
  void aValueOfNoFormThatAnAnyOfOffersNamesEveryForm() {
    List<Diagnostic> ds = Fixtures.withoutPodWarnings(Generator.validate(new SpecSource("s.yaml", """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web: { image: x, autoscaling: { min: 1, max: 4, behavior: [fast-up] }, resources: { requests: { cpu: 1 } } }
        schedules:
          night: { window: { from: "22:00", to: "06:00", timeZone: UTC }, set: { web: { min: 2 } } }
        scenarios:
          spike: { tiers: { web: { autoscaling: { max: 8 } } }, schedules: { night: 0 } }
        """)).diagnostics());
    assertThat(ds).extracting(Diagnostic::message).containsExactly(
        "`tiers.web.autoscaling.behavior` must be `fast-up`, `slow-down` or `steady`, or a mapping, not a list",
        "`scenarios.spike.schedules.night` must be `off`, or a mapping, not the number `0`");
  }
}
