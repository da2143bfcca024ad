package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.math.BigDecimal;

/**
 * A memory request or limit written without a suffix counts bytes: {@code memory: 512} asks for
 * 512 bytes, not 512 MiB, and no container starts with so little. Below one mebibyte a number
 * without a suffix is reported ({@code SG233}, a warning: Kubernetes accepts it); a large one, such
 * as {@code 1073741824}, is taken as the bytes it says.
 */
public final class MemoryUnitRule implements Rule {

  private static final BigDecimal ONE_MEBIBYTE = BigDecimal.valueOf(1024 * 1024);

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      check(tier.resources(), Pointers.tier(tier.name()) + "/resources", " in tier `" + tier.name() + "`", report);
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> check(override.resources(),
          Pointers.scenarioTier(scenario.name(), name) + "/resources",
          " in tier `" + name + "` of scenario `" + scenario.name() + "`", report));
    }
  }

  private static void check(Resources resources, String at, String where, Reporter report) {
    if (resources == null) {
      return;
    }
    check(resources.requests(), "requests", at, where, report);
    check(resources.limits(), "limits", at, where, report);
  }

  private static void check(Resources.ResourceList list, String kind, String at, String where, Reporter report) {
    String text = list == null ? null : list.memory();
    if (text == null || !unitless(text)) {
      return;
    }
    BigDecimal bytes = QuantityParser.parse(text);
    if (bytes == null || bytes.signum() <= 0 || bytes.compareTo(ONE_MEBIBYTE) >= 0) {
      return;
    }
    report.value(Code.MEMORY_WITHOUT_UNIT, at + "/" + kind + "/memory",
        "`resources." + kind + ".memory` (" + text + ")" + where + " is " + text
            + " bytes: a memory quantity without a suffix counts bytes",
        "write the unit: `" + text + "Mi` (mebibytes, powers of 1024) or `" + text + "M` (megabytes)");
  }

  /** Whether {@code text} is a plain number: digits and at most one decimal point, no suffix or exponent. */
  private static boolean unitless(String text) {
    boolean digit = false;
    boolean point = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digit;
  }
}
