package dev.scalegen.core.validate.rules;

import java.util.regex.Pattern;

/**
 * Kubernetes label syntax. A key is an optional prefix, a DNS-1123 subdomain of at most 253
 * characters, and {@code /}, then a name of at most 63 characters; a value is at most 63 characters
 * and may be empty. Names and values hold letters, digits, {@code -}, {@code _} and {@code .}, and
 * start and end with a letter or digit. Annotation keys follow the same rules.
 */
final class LabelSyntax {
  static final int NAME_LIMIT = 63;
  static final int PREFIX_LIMIT = 253;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final String CHARSET =
      "may hold only letters, digits, `-`, `_` and `.`, and must start and end with a letter or digit";

  private LabelSyntax() {}

  /** Why {@code key} is not a label key ("its name ... is 70 characters"), or {@code null} when it is one. */
  static String keyProblem(String key) {
    if (key.isEmpty()) {
      return "it is empty";
    }
    String[] parts = key.split("/", -1);
    if (parts.length > 2) {
      return "it has more than one `/`";
    }
    if (parts.length == 2) {
      String prefix = parts[0];
      if (prefix.isEmpty()) {
        return "the prefix before `/` is empty";
      }
      if (prefix.length() > PREFIX_LIMIT) {
        return "its prefix is " + prefix.length() + " characters, over the limit of " + PREFIX_LIMIT;
      }
      if (!SUBDOMAIN.matcher(prefix).matches()) {
        return "its prefix `" + prefix + "` is not a DNS subdomain (lower-case letters, digits, `-` and `.`)";
      }
    }
    String name = parts[parts.length - 1];
    if (name.isEmpty()) {
      return "the name after `/` is empty";
    }
    return text(name, "its name");
  }

  /** Why {@code value} is not a label value, or {@code null} when it is one (empty is fine). */
  static String valueProblem(String value) {
    return value.isEmpty() ? null : text(value, "it");
  }

  /** The prefix of a valid key ({@code node.kubernetes.io}), or an empty string. */
  static String prefix(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? "" : key.substring(0, slash);
  }

  private static String text(String text, String subject) {
    if (text.length() > NAME_LIMIT) {
      return subject + " is " + text.length() + " characters, over the limit of " + NAME_LIMIT;
    }
    if (!NAME.matcher(text).matches()) {
      return subject + (subject.equals("it") ? "" : " `" + text + "`") + " " + CHARSET;
    }
    return null;
  }
}
