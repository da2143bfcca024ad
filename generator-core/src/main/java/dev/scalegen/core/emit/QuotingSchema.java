package dev.scalegen.core.emit;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The schema the writer dumps with. The YAML emitter leaves a string unquoted only when the schema's
 * resolver reads it back as a string; Kubernetes tools read YAML 1.1 (where {@code yes}, {@code on},
 * {@code 0755}, {@code 1:30} and {@code 2026-01-01} are not strings), so this resolver says "not a
 * string" for anything YAML 1.2 core <em>or</em> YAML 1.1 would read otherwise, and for anything that
 * merely looks numeric ({@code 2.3.1}, {@code 0.0.0.0}). Over-quoting is harmless; under-quoting
 * would change a value.
 */
public final class QuotingSchema implements Schema {

  private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();
  private static final Pattern YAML11_BOOL = Pattern.compile(
      "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  private static final Pattern YAML11_NULL = Pattern.compile("~|null|Null|NULL|");
  /** Starts like a number, has a digit, and holds only characters a number or a time could hold. */
  private static final Pattern NUMERIC_LOOKING = Pattern.compile("(?=.*[0-9])[-+.0-9][-+.:_0-9a-fA-FxXoObB]*");
  private static final Pattern YAML11_SPECIAL = Pattern.compile(
      "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|<<|=|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  /** Words that YAML 1.1 or 1.2 reads as booleans or null; other text starting with a letter is a string. */
  private static final Set<String> WORDS = Set.of(
      "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
      "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

  private static final ScalarResolver RESOLVER = (value, implicit) -> implicit ? resolve(value) : Tag.STR;

  /**
   * The first characters of every value that a pattern of {@link #byPatterns} reads as other than a
   * string, letters aside: signs, the point and digits of numbers, {@code ~} (null), {@code <<}
   * (merge), {@code =} (YAML 1.1's value key), {@code $} (the YAML 1.2 resolver's environment
   * variables) and the space (that resolver reads a single space as null).
   */
  private static final String MAY_NOT_BE_TEXT = "-+.0123456789~<=$ ";

  /** The characters that a number of YAML 1.1 or 1.2 (in any base, with underscores) or a time may hold. */
  private static final String NUMBER_CHARACTERS = "-+.:_0123456789abcdefABCDEFxXoObB";

  /**
   * What a plain scalar {@code value} could be read as: {@link Tag#STR} only when every YAML reads a
   * string. The shortcuts before {@link #byPatterns} (whose regular expressions cost, cold) answer
   * for the scalars most manifests hold: words, integers, quantities such as {@code 512Mi},
   * command-line flags such as {@code --workers}, paths, cron schedules. {@code QuotingSchemaTest}
   * checks that they agree with the patterns.
   */
  static Tag resolve(String value) {
    if (value.isEmpty()) {
      return byPatterns(value);
    }
    char first = value.charAt(0);
    if (Character.isLetter(first) && first < 128) {
      return WORDS.contains(value) ? Tag.BOOL : Tag.STR;
    }
    if (MAY_NOT_BE_TEXT.indexOf(first) < 0) {
      return Tag.STR;
    }
    if (decimal(value)) {
      // Digits without a leading zero: an integer for YAML 1.1 and 1.2 alike. Replicas, ports and
      // seconds are most of the scalars that reach here.
      return Tag.INT;
    }
    if (first >= '0' && first <= '9' && !allOf(value, NUMBER_CHARACTERS) && !dateLike(value)) {
      return Tag.STR; // 512Mi, 250m, 0 22 * * *: a digit, then what no number holds
    }
    if ((first == '-' || first == '+') && (value.length() == 1 || value.charAt(1) != '.') && !hasDigit(value)) {
      return Tag.STR; // --workers, -A: a sign, no digit, and not .inf
    }
    return byPatterns(value);
  }

  /** {@link #resolve} without the shortcuts: what the resolvers' regular expressions say. */
  static Tag byPatterns(String value) {
    Tag core = CORE.resolve(value, true);
    if (!Tag.STR.equals(core)) {
      return core;
    }
    if (YAML11_BOOL.matcher(value).matches()) {
      return Tag.BOOL;
    }
    if (YAML11_NULL.matcher(value).matches()) {
      return Tag.NULL;
    }
    if (NUMERIC_LOOKING.matcher(value).matches() || YAML11_SPECIAL.matcher(value).matches()) {
      return Tag.FLOAT;
    }
    return Tag.STR;
  }

  private static boolean allOf(String value, String characters) {
    for (int i = 0; i < value.length(); i++) {
      if (characters.indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Starts like a YAML 1.1 timestamp ({@code 2026-}), which may go on with anything. */
  private static boolean dateLike(String value) {
    return value.length() > 4 && value.charAt(4) == '-';
  }

  private static boolean decimal(String value) {
    if (value.isEmpty() || (value.charAt(0) == '0' && value.length() > 1)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private final Map<Tag, ConstructNode> constructors = new CoreSchema().getSchemaTagConstructors();

  @Override
  public ScalarResolver getScalarResolver() {
    return RESOLVER;
  }

  @Override
  public Map<Tag, ConstructNode> getSchemaTagConstructors() {
    return constructors;
  }
}
