package dev.scalegen.core.validate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The forms of a utilization target ({@code $defs/percent}): {@code 70%}, {@code 70} and
 * {@code "70"} all mean 70 percent, and all three get the schema's range. JSON Schema checks the
 * range of the number ({@code minimum}, {@code maximum}) and the string only against its
 * {@code pattern}; this class turns a string that fails the pattern into the same range error as the
 * number ({@code 0%} like {@code 0}), and a fraction ({@code 0.7}) into a hint with the percentage
 * it probably means ({@code 70%}).
 */
final class PercentForms {

  private static final Pattern WHOLE = Pattern.compile("([0-9]+)%?");
  private static final Pattern FRACTION = Pattern.compile("([0-9]*\\.[0-9]+)(%?)");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PercentForms() {}

  /** Whether {@code schema} (the one holding the failing keyword) is the percent definition. */
  static boolean isPercent(JsonNode schema) {
    return schema != null && schema.path("pattern").asString("").endsWith("%?$");
  }

  /**
   * The error for a percent string that does not match the pattern, when it is a number out of range
   * ({@code SG106}) or a number written another way ({@code SG107} with the usual spelling);
   * {@code null} when it is not a number at all (the generic pattern error says more).
   */
  static Diagnostic patternError(String field, String raw, JsonNode percent, Location at) {
    long min = percent.path("minimum").asLong();
    long max = percent.path("maximum").asLong();
    Matcher whole = WHOLE.matcher(raw);
    if (whole.matches()) {
      BigDecimal value = new BigDecimal(whole.group(1));
      if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
        boolean low = value.compareTo(BigDecimal.valueOf(min)) < 0;
        return Diagnostic.of(Code.OUT_OF_RANGE, at, field + " is `" + raw + "`; it must be "
            + (low ? "at least " + min : "at most " + max) + "%", "");
      }
      return Diagnostic.of(Code.BAD_FORMAT, at, field + " is `" + raw + "`; expected a percentage such as `70%`",
          "write `" + value + "%`");
    }
    Matcher fraction = FRACTION.matcher(raw);
    if (fraction.matches()) {
      return Diagnostic.of(Code.BAD_FORMAT, at,
          field + " is `" + raw + "`; expected a whole percentage such as `70%`",
          hint(new BigDecimal(fraction.group(1)), !fraction.group(2).isEmpty()));
    }
    return null;
  }

  /** The hint for a number that is not a whole percentage ({@code 0.7}, {@code 70.5}), or {@code ""}. */
  static String fractionHint(JsonNode instance) {
    if (!instance.isNumber() || instance.isIntegralNumber()) {
      return "";
    }
    return hint(instance.decimalValue(), false);
  }

  private static String hint(BigDecimal value, boolean percentSign) {
    if (!percentSign && value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0) {
      BigDecimal percent = value.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP);
      return "a utilization target is in percent, not a fraction: write `" + percent + "%`";
    }
    return "write a whole percentage such as `" + value.setScale(0, RoundingMode.HALF_UP) + "%`";
  }
}
