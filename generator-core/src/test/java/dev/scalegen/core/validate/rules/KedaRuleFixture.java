package dev.scalegen.core.validate.rules;

import dev.scalegen.core.Fixtures;
import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;

/** A one-tier spec around an {@code autoscaling} block, and the KEDA codes it reports, for the KEDA rule tests. */
final class KedaRuleFixture {
  private KedaRuleFixture() {}

  /** {@code autoscaling} (indented by four spaces, as under the tier) of tier {@code worker}, plus {@code rest} after the tiers. */
  static String spec(String autoscaling, String rest) {
    return """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop, namespace: shop }
        tiers:
          worker:
            image: shop/worker:1.0
            resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { memory: 512Mi } }
            probes: { readiness: { exec: [worker, ping] } }
            autoscaling:
        """ + autoscaling.indent(6) + rest;
  }

  /** The diagnostics of {@code yaml} whose codes are among {@code codes}. */
  static List<Diagnostic> reported(String yaml, Code... codes) {
    List<Code> wanted = List.of(codes);
    return Fixtures.withoutPodResourceWarnings(Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics())
        .stream().filter(d -> wanted.contains(d.code())).toList();
  }

  static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
