package dev.scalegen.core.validate.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * DNS-1123 labels (RFC 1123), the form of Kubernetes object names and namespaces: lower-case
 * letters, digits and {@code -}, starting and ending with a letter or digit, at most 63 characters.
 */
public final class DnsLabel {
  static final int MAX_LENGTH = 63;

  /** Compiled when a name is wrong, not by every run (a regular expression costs milliseconds cold). */
  private static final class Patterns {
    static final Pattern ALLOWED = Pattern.compile("[-a-z0-9]*");
    static final Pattern NOT_ALLOWED = Pattern.compile("[-a-z0-9]");
  }

  private DnsLabel() {}

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, at most 63 characters. */
  static boolean isValid(String name) {
    return name.length() <= MAX_LENGTH && hasLabelForm(name);
  }

  /**
   * {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} of any length (the compiler checks lengths against its own
   * limits). Checked for every tier, so without a regex.
   */
  public static boolean hasLabelForm(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == '-' || name.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Why {@code name} is not a label ("it contains upper-case letters"), or {@code null} when it is one. */
  static String problem(String name) {
    if (isValid(name)) {
      return null;
    }
    if (name.isEmpty()) {
      return "it is empty";
    }
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      return "it contains upper-case letters";
    }
    if (!Patterns.ALLOWED.matcher(name).matches()) {
      String bad = Patterns.NOT_ALLOWED.matcher(name).replaceAll("").substring(0, 1);
      return "it contains `" + bad + "`; only lower-case letters, digits and `-` are allowed";
    }
    if (name.startsWith("-") || name.endsWith("-")) {
      return "it " + (name.startsWith("-") ? "starts" : "ends") + " with `-`";
    }
    if (name.length() > MAX_LENGTH) {
      return "it is " + name.length() + " characters long, over the limit of " + MAX_LENGTH;
    }
    return null;
  }

  /** The nearest valid label: lower-cased, other characters as {@code -}, trimmed; empty when none is left. */
  static String suggest(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^-a-z0-9]+", "-").replaceAll("-{2,}", "-");
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH);
    }
    return s.replaceAll("^-+|-+$", "");
  }
}
