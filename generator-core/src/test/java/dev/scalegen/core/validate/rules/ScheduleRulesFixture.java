package dev.scalegen.core.validate.rules;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;

/** A spec with an autoscaled tier {@code api} (4-12) and a fixed tier {@code worker} (3), plus what a test adds. */
final class ScheduleRulesFixture {
  private ScheduleRulesFixture() {}

  static List<Diagnostic> diagnostics(String rest, Code code) {
    String yaml = """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          api: { image: a:1, resources: { requests: { cpu: "1" } }, autoscaling: { min: 4, max: 12, cpu: 70% } }
          worker: { image: a:1, replicas: 3 }
        """ + rest;
    return Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics().stream()
        .filter(d -> d.code() == code).toList();
  }
}
