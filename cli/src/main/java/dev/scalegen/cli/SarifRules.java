package dev.scalegen.cli;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.CodeDocs;
import dev.scalegen.core.diag.Severity;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One SARIF rule per code, as GitHub code scanning shows them: a readable {@code name}
 * ({@code ScheduledValueOutsideTheTiersBounds}), the title as short description, the first
 * paragraph of the code's section of {@code docs/diagnostics.md} as full description (cut at a
 * sentence to GitHub's 1,024 characters), the whole section as help, and a {@code helpUri} to that
 * section on GitHub: at the release's tag, or on {@code main} for a development build.
 */
final class SarifRules {
  /** The repository, as the parent POM's {@code scalegen.repository} names it. */
  static final String REPOSITORY = "https://github.com/scalegen-dev/scalegen";
  /** GitHub's limit on a rule's short and full description. */
  static final int DESCRIPTION_LIMIT = 1024;

  private SarifRules() {}

  static Set<ReportingDescriptor> all(String version) {
    Set<ReportingDescriptor> rules = new LinkedHashSet<>();
    for (Code code : Code.values()) {
      String summary = CodeDocs.summary(code);
      rules.add(new ReportingDescriptor()
          .withId(code.id())
          .withName(name(code.title()))
          .withShortDescription(new MultiformatMessageString().withText(code.title()))
          .withFullDescription(new MultiformatMessageString().withText(cut(summary)))
          .withHelp(new MultiformatMessageString().withText(summary).withMarkdown(CodeDocs.section(code)))
          .withHelpUri(URI.create(docs(version) + "#" + anchor(heading(code))))
          .withDefaultConfiguration(new ReportingConfiguration().withLevel(switch (code.severity()) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
          }))
          .withProperties(new PropertyBag().withTags(new LinkedHashSet<>(java.util.List.of("scalegen", "kubernetes",
              code.category().name().toLowerCase(Locale.ROOT))))));
    }
    return rules;
  }

  /** Where {@code docs/diagnostics.md} of this version is read on GitHub. */
  static String docs(String version) {
    boolean release = version.matches("\\d+\\.\\d+\\.\\d+");
    return REPOSITORY + "/blob/" + (release ? "v" + version : "main") + "/docs/diagnostics.md";
  }

  /** The code's heading in {@code docs/diagnostics.md}, without the {@code ##}. */
  static String heading(Code code) {
    String section = CodeDocs.section(code);
    return section.isEmpty() ? code.id() + " " + code.title() : section.lines().findFirst().orElse("").substring(3).trim();
  }

  /** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
  static String anchor(String heading) {
    StringBuilder b = new StringBuilder();
    heading.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        b.appendCodePoint(c);
      } else if (c == ' ') {
        b.append('-');
      }
    });
    return SarifLocations.encode(b.toString());
  }

  /** PascalCase of the title's words; an apostrophe joins its word ("tier's" is "Tiers"). */
  static String name(String title) {
    StringBuilder b = new StringBuilder();
    for (String w : title.replace("'", "").split("[^A-Za-z0-9]+")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return b.toString();
  }

  /** {@code text} within GitHub's limit: whole sentences, or a hard cut with an ellipsis. */
  static String cut(String text) {
    if (text.length() <= DESCRIPTION_LIMIT) {
      return text;
    }
    int end = text.lastIndexOf(". ", DESCRIPTION_LIMIT - 1);
    return end > 0 ? text.substring(0, end + 1) : text.substring(0, DESCRIPTION_LIMIT - 1) + "\u2026";
  }
}
