package dev.scalegen.core.validate.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Kubernetes quantities ({@code 2}, {@code 250m}, {@code 0.5}, {@code 2Gi}, {@code 1e3}) to
 * exact values, with the grammar of Kubernetes' {@code resource.Quantity}: an optionally signed
 * decimal number, then either a decimal exponent ({@code e3}, {@code E-3}), a decimal SI suffix
 * ({@code m}, {@code k}, {@code M}, {@code G}, {@code T}, {@code P}, {@code E}: powers of 1000) or a
 * binary SI suffix ({@code Ki} ... {@code Ei}: powers of 1024). So {@code 2} equals {@code 2000m}
 * and {@code 1Gi} equals {@code 1073741824}. Public for the report module, which adds up requests
 * and limits as the rules read them.
 */
public final class QuantityParser {

  private static final Pattern QUANTITY = Pattern.compile(
      "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(?:[eE]([+-]?[0-9]{1,9})|(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E))?");

  private static final BigDecimal KI = BigDecimal.valueOf(1024);

  private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
      Map.entry("m", BigDecimal.ONE.scaleByPowerOfTen(-3)),
      Map.entry("k", BigDecimal.ONE.scaleByPowerOfTen(3)),
      Map.entry("M", BigDecimal.ONE.scaleByPowerOfTen(6)),
      Map.entry("G", BigDecimal.ONE.scaleByPowerOfTen(9)),
      Map.entry("T", BigDecimal.ONE.scaleByPowerOfTen(12)),
      Map.entry("P", BigDecimal.ONE.scaleByPowerOfTen(15)),
      Map.entry("E", BigDecimal.ONE.scaleByPowerOfTen(18)),
      Map.entry("Ki", KI),
      Map.entry("Mi", KI.pow(2)),
      Map.entry("Gi", KI.pow(3)),
      Map.entry("Ti", KI.pow(4)),
      Map.entry("Pi", KI.pow(5)),
      Map.entry("Ei", KI.pow(6)));

  /** Exponents beyond this are not quantities anyone means, and would make arithmetic slow. */
  private static final int MAX_EXPONENT = 1000;

  private QuantityParser() {}

  /** The exact value of {@code text} (which may be negative), or {@code null} if it is not a quantity. */
  public static BigDecimal parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String number = m.group(1);
    if (number.endsWith(".")) {
      number = number.substring(0, number.length() - 1);
    }
    BigDecimal value = new BigDecimal(number);
    if (m.group(2) != null) {
      int exponent = Integer.parseInt(m.group(2));
      if (Math.abs(exponent) > MAX_EXPONENT) {
        return null;
      }
      return value.scaleByPowerOfTen(exponent);
    }
    if (m.group(3) != null) {
      return value.multiply(SUFFIXES.get(m.group(3)));
    }
    return value;
  }
}
