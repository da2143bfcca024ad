package dev.scalegen.core.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The branches of an {@code anyOf} that offers a value in more than one form: a preset name or a
 * mapping ({@code behavior}), {@code off} or a mapping ({@code scheduleOverride}). Editors complete
 * the names of such a schema, which they did not of an {@code if}/{@code then}/{@code else}.
 *
 * <p>The schema library reports a value that fits no branch with every branch's errors: a
 * misspelt preset name is "not in the enumeration" and also "not an object". Only the errors of
 * the branch for the value's JSON type say what is wrong ({@link #applies}); a value whose type no
 * branch takes gets one type error that names every form.
 */
final class Alternatives {

  /** A keyword of a branch itself: group 1 the schema holding {@code anyOf}, 2 the branch's index. */
  private static final Pattern BRANCH_KEYWORD = Pattern.compile("(.*)/anyOf/([0-9]+)/[^/]+");

  private Alternatives() {}

  /**
   * The {@code anyOf} of the schema at {@code location} (a keyword location such as
   * {@code /$defs/behavior/anyOf/0/enum}) when the keyword belongs to a branch that does not take
   * {@code instance}'s type, or {@code null} when it is an ordinary error to report.
   */
  static JsonNode ofOtherBranch(JsonNode schemaRoot, String location, JsonNode instance) {
    Matcher m = BRANCH_KEYWORD.matcher(location);
    if (!m.matches()) {
      return null;
    }
    JsonNode anyOf = schemaRoot.at(m.group(1) + "/anyOf");
    JsonNode branch = anyOf.path(Integer.parseInt(m.group(2)));
    return branch.isMissingNode() || applies(branch, instance) ? null : anyOf;
  }

  /** The branch of {@code anyOf} that takes {@code instance}'s type, or {@code null} when none does. */
  static JsonNode branchFor(JsonNode anyOf, JsonNode instance) {
    for (JsonNode branch : anyOf) {
      if (applies(branch, instance)) {
        return branch;
      }
    }
    return null;
  }

  /**
   * Whether {@code branch} is the one for {@code instance}'s JSON type: its {@code type} allows it,
   * or, without a {@code type}, one of its {@code enum} or {@code const} values has that type.
   */
  static boolean applies(JsonNode branch, JsonNode instance) {
    if (branch.has("type")) {
      JsonNode type = branch.get("type");
      for (JsonNode t : type.isArray() ? type : java.util.List.of(type)) {
        String name = t.asString("");
        if (name.equals(typeOf(instance)) || name.equals("number") && instance.isNumber()) {
          return true;
        }
      }
      return false;
    }
    if (branch.has("enum")) {
      for (JsonNode value : branch.get("enum")) {
        if (typeOf(value).equals(typeOf(instance))) {
          return true;
        }
      }
      return false;
    }
    return !branch.has("const") || typeOf(branch.get("const")).equals(typeOf(instance));
  }

  /** The JSON Schema type name of {@code node}: {@code integer} for whole numbers. */
  static String typeOf(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isString()) {
      return "string";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    if (node.isNull()) {
      return "null";
    }
    return node.isIntegralNumber() ? "integer" : "number";
  }
}
