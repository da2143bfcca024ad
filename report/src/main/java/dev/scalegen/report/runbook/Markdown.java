package dev.scalegen.report.runbook;

import java.util.Collection;
import java.util.stream.Collectors;

/** The bits of Markdown the runbook's values carry: names as code, in a list. */
final class Markdown {

  private Markdown() {}

  /** {@code `a`, `b` and `c`}. */
  static String codeList(Collection<String> names) {
    String[] quoted = names.stream().map(n -> "`" + n + "`").toArray(String[]::new);
    if (quoted.length == 1) {
      return quoted[0];
    }
    return java.util.Arrays.stream(quoted, 0, quoted.length - 1).collect(Collectors.joining(", "))
        + " and " + quoted[quoted.length - 1];
  }
}
