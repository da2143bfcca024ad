package dev.scalegen.core.validate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SourceMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Plain scalars that YAML 1.2 (and scalegen) reads as strings but YAML 1.1 reads as base-60
 * numbers: an unquoted time {@code from: 22:00} is the string {@code "22:00"} here and the integer
 * 1320 for PyYAML, go-yaml v2 or SnakeYAML 1.x. Where a string belongs, such a value would mean
 * different things to different tools ({@code SG104}). The patterns are YAML 1.1's own
 * ({@code tag:yaml.org,2002:int} and {@code float}), so {@code 08:00} and {@code 0:30}, which YAML
 * 1.1 reads as strings too, pass.
 */
final class Sexagesimal {

  /** Compiled when a plain string with a colon is met, not by every run. */
  private static final class Patterns {
    private static final Pattern INT = Pattern.compile("[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*");
  }

  private Sexagesimal() {}

  /**
   * An error when the string at {@code pointer} is written plain and YAML 1.1 reads it as a base-60
   * number; {@code null} otherwise.
   */
  static Diagnostic check(SourceMap sourceMap, String pointer) {
    SourceMap.Node node = sourceMap.node(pointer);
    if (node == null || !node.plain() || node.rawText() == null || node.rawText().indexOf(':') < 0) {
      return null;
    }
    String raw = node.rawText();
    boolean integer = Patterns.INT.matcher(raw).matches();
    if (!integer && !Patterns.FLOAT.matcher(raw).matches()) {
      return null;
    }
    return Diagnostic.of(Code.YAML11_COERCION, sourceMap.valueAt(pointer),
        "`" + SourceMap.dotted(pointer) + "` is the unquoted `" + raw + "`: YAML 1.2 (and scalegen) reads the string `"
            + raw + "`, YAML 1.1 tools read the base-60 number " + value(raw, integer),
        "quote it: `\"" + raw + "\"`");
  }

  /** The number YAML 1.1 reads: each colon-separated part is a digit of base 60. */
  static String value(String raw, boolean integer) {
    String digits = raw.replace("_", "");
    boolean negative = digits.startsWith("-");
    if (negative || digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    String[] parts = digits.split(":");
    BigDecimal total = BigDecimal.ZERO;
    for (String part : parts) {
      total = total.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part.endsWith(".") ? part + "0" : part));
    }
    if (negative) {
      total = total.negate();
    }
    if (integer) {
      return total.toBigInteger().toString();
    }
    BigInteger whole = total.toBigInteger();
    return total.compareTo(new BigDecimal(whole)) == 0 ? whole + ".0" : total.stripTrailingZeros().toPlainString();
  }
}
