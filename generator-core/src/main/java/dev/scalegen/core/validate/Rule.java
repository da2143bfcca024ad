package dev.scalegen.core.validate;

import dev.scalegen.core.spec.ScalingSpec;

/**
 * One semantic rule of the spec. Implementations are stateless, report every problem they find
 * (never only the first) and tolerate {@code null} fields, which the schema layer has reported
 * already.
 */
public interface Rule {
  void check(ScalingSpec spec, Reporter report);
}
