package dev.scalegen.core.validate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Constraints that the schema states for editors and a semantic rule states too, with a better
 * message and a hint: a name that is not a DNS-1123 label ({@code SG214} says what is wrong with
 * it and proposes one), a time that is not {@code HH:MM} ({@code SG211} writes the time right), a
 * quantity ({@code SG207} knows {@code 2GB}), an autoscaling minimum below 0 ({@code SG202}, {@code SG225}:
 * use fixed replicas), {@code replicas} next to {@code autoscaling} ({@code SG203}).
 *
 * <p>A schema error at one of these places is left out when the rule reported its code at the
 * same field, and kept otherwise: a new property that reuses {@code $defs/clockTime} or
 * {@code $defs/dnsLabel} without a rule of its own is still checked, by the schema, with the
 * readable message of its {@code patternErrorMessage}. Immutable; safe to share between threads.
 */
final class Restatements {

  /** Location of the keyword in the schema (a JSON pointer below its root) to the code of the rule that restates it. */
  private static final Map<String, Code> RULES = Map.ofEntries(
      Map.entry("/$defs/dnsLabel/pattern", Code.BAD_NAME),
      Map.entry("/$defs/dnsLabel/maxLength", Code.BAD_NAME),
      Map.entry("/properties/metadata/properties/name/pattern", Code.BAD_NAME),
      Map.entry("/properties/metadata/properties/name/maxLength", Code.BAD_NAME),
      Map.entry("/$defs/clockTime/pattern", Code.BAD_TIME),
      Map.entry("/$defs/quantity/pattern", Code.BAD_QUANTITY),
      Map.entry("/$defs/quantity/minimum", Code.BAD_QUANTITY),
      Map.entry("/$defs/autoscaling/properties/min/minimum", Code.MIN_BELOW_ONE),
      Map.entry("/$defs/autoscalingOverride/properties/min/minimum", Code.MIN_BELOW_ONE),
      Map.entry("/$defs/scheduledValues/properties/min/minimum", Code.SCHEDULE_OUT_OF_BOUNDS),
      Map.entry("/$defs/tier/dependentSchemas/autoscaling/properties/replicas/false", Code.REPLICAS_AND_AUTOSCALING));

  /** No diagnostic of the semantic rules: nothing said better. */
  static final Restatements NONE = new Restatements(List.of());

  /** Code and spec path of each diagnostic that the semantic rules reported. */
  private final Set<String> reported = new HashSet<>();

  Restatements(List<Diagnostic> semantic) {
    for (Diagnostic d : semantic) {
      reported.add(d.code().id() + d.location().specPath());
    }
  }

  /** The schema locations that a rule restates, for tests. */
  static Set<String> locations() {
    return RULES.keySet();
  }

  /**
   * Whether the schema error of the keyword at {@code schemaLocation} on the field at
   * {@code pointer} is said better by a semantic diagnostic at the same field.
   */
  boolean saidBetter(String schemaLocation, String pointer) {
    Code code = RULES.get(schemaLocation);
    return code != null && reported.contains(code.id() + pointer);
  }
}
