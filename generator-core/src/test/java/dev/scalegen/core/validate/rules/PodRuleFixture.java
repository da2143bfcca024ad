package dev.scalegen.core.validate.rules;

import dev.scalegen.core.Generator;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SpecSource;
import java.util.List;

/** Validates tiers given as YAML, for the tests of the pod rules. */
final class PodRuleFixture {
  private PodRuleFixture() {}

  /** The diagnostics of {@code code} for a spec of app {@code shop} with {@code tiers} (a {@code tiers:} block). */
  static List<Diagnostic> diagnostics(Code code, String tiers) {
    String yaml = "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\nmetadata: { name: shop }\n" + tiers;
    return Generator.validate(new SpecSource("scaling.yaml", yaml)).diagnostics().stream()
        .filter(d -> d.code() == code).toList();
  }

  static String at(Diagnostic d) {
    return d.location().line() + ":" + d.location().column();
  }
}
