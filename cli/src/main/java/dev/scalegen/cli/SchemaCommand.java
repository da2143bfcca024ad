package dev.scalegen.cli;

import dev.scalegen.core.validate.SpecSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scalegen schema}: prints the JSON Schema of the spec, exactly as shipped. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the scaling spec, for editors and other tools.",
    footer = {"%nExamples:",
        "  scalegen schema > scaling-spec.schema.json",
        "  # then, as the first line of a spec:",
        "  # yaml-language-server: $schema=scaling-spec.schema.json", ExitCode.HELP_TEXT},
    usageHelpAutoWidth = true)
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(SpecSchema.shippedText());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
