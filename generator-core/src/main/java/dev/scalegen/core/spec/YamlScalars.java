package dev.scalegen.core.spec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a YAML scalar means under the YAML 1.2 core schema, and its JSON value. Resolves plain
 * scalars exactly as snakeyaml-engine's {@code CoreScalarResolver} does (same patterns, same order),
 * written out by hand because running its regular expressions on every scalar of a large spec costs
 * more than parsing it.
 */
final class YamlScalars {

  /** The types a scalar can resolve to; everything else is a string. */
  enum Kind { STRING, NULL, BOOL, INT, FLOAT, MERGE }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private YamlScalars() {}

  /** The kind of the scalar an event holds: resolved from its text unless it has an explicit tag. */
  static Kind kind(ScalarEvent event) {
    Optional<String> tag = event.getTag();
    if (tag.isEmpty() || tag.get().equals("!")) {
      return event.getImplicit().canOmitTagInPlainScalar() ? resolve(event.getValue()) : Kind.STRING;
    }
    return kind(new Tag(tag.get()));
  }

  /** Whether {@link #kind(ScalarEvent)} read the text (so its value is known to match the kind's pattern). */
  static boolean resolved(ScalarEvent event) {
    Optional<String> tag = event.getTag();
    return tag.isEmpty() || tag.get().equals("!");
  }

  static Kind kind(Tag tag) {
    if (Tag.NULL.equals(tag)) {
      return Kind.NULL;
    }
    if (Tag.BOOL.equals(tag)) {
      return Kind.BOOL;
    }
    if (Tag.INT.equals(tag)) {
      return Kind.INT;
    }
    if (Tag.FLOAT.equals(tag)) {
      return Kind.FLOAT;
    }
    return Tag.MERGE.equals(tag) ? Kind.MERGE : Kind.STRING;
  }

  /**
   * The core schema's implicit type of a plain scalar. The resolver tries the patterns registered
   * for the first character, then those for any text (empty and null words).
   */
  static Kind resolve(String s) {
    if (s.isEmpty()) {
      return Kind.NULL;
    }
    switch (s.charAt(0)) {
      case 't', 'f', 'T', 'F' -> {
        if (isBool(s)) {
          return Kind.BOOL;
        }
      }
      case '-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
        if (isInt(s)) {
          return Kind.INT;
        }
        if (isFloat(s)) {
          return Kind.FLOAT;
        }
      }
      case '.' -> {
        if (isFloat(s)) {
          return Kind.FLOAT;
        }
      }
      case '<' -> {
        if (s.equals("<<")) {
          return Kind.MERGE;
        }
      }
      default -> { }
    }
    return isNullWord(s) ? Kind.NULL : Kind.STRING;
  }

  /** {@code true|True|TRUE|false|False|FALSE} */
  private static boolean isBool(String s) {
    return switch (s) {
      case "true", "True", "TRUE", "false", "False", "FALSE" -> true;
      default -> false;
    };
  }

  /** {@code ~|null|Null|NULL| } */
  private static boolean isNullWord(String s) {
    return switch (s) {
      case "~", "null", "Null", "NULL", " " -> true;
      default -> false;
    };
  }

  /** {@code [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+} */
  static boolean isInt(String s) {
    int n = s.length();
    if (n > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'o' || s.charAt(1) == 'x')) {
      boolean hex = s.charAt(1) == 'x';
      for (int i = 2; i < n; i++) {
        char c = s.charAt(i);
        boolean ok = hex ? digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') : c >= '0' && c <= '7';
        if (!ok) {
          return false;
        }
      }
      return true;
    }
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    return digits(s, i) == n && n > i;
  }

  /**
   * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)}
   */
  static boolean isFloat(String s) {
    int n = s.length();
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    if (i < n && s.charAt(i) == '.') {
      String rest = s.substring(i + 1);
      if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
        return true;
      }
      if (i == 0 && (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN"))) {
        return true;
      }
      int end = digits(s, i + 1);
      if (end == i + 1) {
        return false;
      }
      i = end;
    } else {
      int end = digits(s, i);
      if (end == i) {
        return false;
      }
      i = end;
      if (i < n && s.charAt(i) == '.') {
        i = digits(s, i + 1);
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int end = digits(s, i);
      if (end == i) {
        return false;
      }
      i = end;
    }
    return i == n;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The index of the first non-digit at or after {@code from}. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && digit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The JSON value of a scalar: integers and floats as exact numbers, {@code .inf} and {@code .nan}
   * as strings. {@code resolved} says the text is known to match the kind's pattern; text under an
   * explicit tag that does not parse stays a string.
   */
  static JsonNode value(String text, Kind kind, boolean resolved) {
    try {
      switch (kind) {
        case NULL -> {
          return JSON.nullNode();
        }
        case BOOL -> {
          return JSON.booleanNode(resolved
              ? text.charAt(0) == 't' || text.charAt(0) == 'T'
              : Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        case INT -> {
          return JSON.numberNode(resolved ? resolvedInteger(text) : integer(text));
        }
        case FLOAT -> {
          String t = text.toLowerCase(Locale.ROOT);
          if (t.endsWith(".inf") || t.endsWith(".nan")) {
            return JSON.stringNode(text);
          }
          return JSON.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        default -> {
          return JSON.stringNode(text);
        }
      }
    } catch (NumberFormatException e) {
      return JSON.stringNode(text);
    }
  }

  /** A decimal integer short enough for a long (the usual case) without BigInteger's parser. */
  private static BigInteger resolvedInteger(String text) {
    int n = text.length();
    if (n <= 18 && (n < 2 || text.charAt(1) != 'o' && text.charAt(1) != 'x')) {
      return BigInteger.valueOf(Long.parseLong(text));
    }
    return integer(text);
  }

  private static BigInteger integer(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    if (t.startsWith("0o")) {
      return new BigInteger(t.substring(2), 8);
    }
    if (t.startsWith("0x")) {
      return new BigInteger(t.substring(2), 16);
    }
    return new BigInteger(t);
  }
}
