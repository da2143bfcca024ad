package dev.scalegen.core.validate;

import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What a {@code pattern} of the schema asks for, in words. The schema says it once, for editors
 * and for scalegen: each pattern has a {@code patternErrorMessage} of the form
 * {@code Expected <what>.}, which yaml-language-server shows as it is and scalegen puts after the
 * field and its value ({@code `tiers.web.workers.arg` is `workers`; expected a command-line flag
 * such as `--workers`}). {@code SpecSchemaTest} checks that every pattern has one.
 */
final class PatternMeaning {

  private static final String PREFIX = "Expected ";

  private PatternMeaning() {}

  /** The words of {@code schema}'s {@code patternErrorMessage}, or the pattern itself when it has none. */
  static String of(JsonNode schema) {
    String message = schema == null ? "" : schema.path("patternErrorMessage").asString("");
    if (message.startsWith(PREFIX) && message.endsWith(".")) {
      return message.substring(PREFIX.length(), message.length() - 1);
    }
    return "a value matching `" + (schema == null ? "" : schema.path("pattern").asString("")) + "`";
  }

  /** Whether {@code text} matches {@code schema}'s {@code pattern} (true when it has none). */
  static boolean matches(JsonNode schema, String text) {
    String pattern = schema.path("pattern").asString("");
    return pattern.isEmpty() || Pattern.compile(pattern).matcher(text).find();
  }
}
