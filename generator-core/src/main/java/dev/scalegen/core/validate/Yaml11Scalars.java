package dev.scalegen.core.validate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.SourceMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Plain scalars that YAML 1.2 (and scalegen) reads otherwise than YAML 1.1 tools (PyYAML, go-yaml
 * v2, SnakeYAML 1.x) do, where the field's type cannot tell ({@code SG104}):
 *
 * <ul>
 *   <li>an integer with a leading zero: {@code replicas: 010} is 10 here and the octal 8 there;
 *   <li>a time where a string belongs: {@code from: 22:00} is the string {@code "22:00"} here and
 *       the base-60 integer 1320 there. The patterns are YAML 1.1's own ({@code int} and
 *       {@code float}), so {@code 08:00} and {@code 0:30}, which YAML 1.1 reads as strings too,
 *       pass.
 * </ul>
 */
final class Yaml11Scalars {

  /** Compiled when a plain string with a colon is met, not by every run. */
  private static final class Patterns {
    private static final Pattern INT = Pattern.compile("[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*");
  }

  private Yaml11Scalars() {}

  /**
   * An error when the integer at {@code pointer} is written unquoted with a leading zero and YAML
   * 1.1 reads it otherwise than YAML 1.2 does ({@code 010}: 10 and the octal 8; {@code 09}: 9 and
   * a string); {@code null} otherwise ({@code 07} is 7 for both).
   */
  static Diagnostic leadingZero(SourceMap sourceMap, String pointer, JsonNode instance) {
    SourceMap.Node node = sourceMap.node(pointer);
    if (node == null || !node.plain() || node.rawText() == null) {
      return null;
    }
    String raw = node.rawText();
    int start = raw.startsWith("-") || raw.startsWith("+") ? 1 : 0;
    if (raw.length() - start < 2 || raw.charAt(start) != '0') {
      return null;
    }
    boolean octal = true;
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      octal &= c <= '7';
    }
    BigInteger decimal = instance.bigIntegerValue();
    String yaml11;
    if (octal) {
      BigInteger value = new BigInteger(raw.substring(start), 8);
      if (value.equals(decimal.abs())) {
        return null;
      }
      yaml11 = "the octal " + (start == 1 && raw.charAt(0) == '-' ? value.negate() : value);
    } else {
      yaml11 = "the string `" + raw + "`";
    }
    return Diagnostic.of(Code.YAML11_COERCION, sourceMap.valueAt(pointer),
        "`" + SourceMap.dotted(pointer) + "` is `" + raw + "`, a number with a leading zero: YAML 1.2 (and "
            + "scalegen) reads " + decimal + ", YAML 1.1 tools read " + yaml11,
        "write `" + decimal + "`");
  }

  /**
   * An error when the string at {@code pointer} is written plain and YAML 1.1 reads it as a base-60
   * number; {@code null} otherwise.
   */
  static Diagnostic sexagesimal(SourceMap sourceMap, String pointer) {
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
