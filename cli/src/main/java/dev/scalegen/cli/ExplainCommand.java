package dev.scalegen.cli;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.CodeDocs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scalegen explain SG201}: prints the documentation of a diagnostic code. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explains a diagnostic code: what it means, an example, and the fix.",
    footer = {"%nExamples:",
        "  scalegen explain SG201", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "CODE", description = "A diagnostic code such as SG201.")
  String subject;

  @Override
  public Integer call() {
    Code code = Code.byId(subject.toUpperCase(java.util.Locale.ROOT));
    if (code == null) {
      spec.commandLine().getErr().println("scalegen explain: `" + subject + "` is not a diagnostic code (SG001..."
          + Code.values()[Code.values().length - 1].id() + ")");
      return ExitCode.USAGE;
    }
    String doc = CodeDocs.section(code);
    spec.commandLine().getOut().print(doc.isEmpty() ? code.id() + " " + code.title() + "\n" : doc);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
