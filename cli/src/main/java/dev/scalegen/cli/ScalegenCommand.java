package dev.scalegen.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scalegen}: the top-level command; it only groups the subcommands. */
@Command(
    name = "scalegen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compiles a declarative scaling spec into Kubernetes manifests.",
    footer = ExitCode.HELP_TEXT)
final class ScalegenCommand {

  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<String> SUBCOMMANDS =
      List.of("validate", "generate", "check", "diff", "explain", "simulate", "report", "runbook",
          "import", "schema", "generate-completion");

  private static Object subcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "generate" -> new GenerateCommand();
      case "check" -> new CheckCommand();
      case "diff" -> new DiffCommand();
      case "explain" -> new ExplainCommand();
      case "report" -> new ReportCommand();
      case "simulate" -> new SimulateCommand();
      case "import" -> new ImportCommand();
      case "runbook" -> new RunbookCommand();
      case "schema" -> new SchemaCommand();
      case "generate-completion" -> new AutoComplete.GenerateCompletion();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * The command line for {@code args}. picocli introspects every registered subcommand up front,
   * which costs a noticeable part of start-up; when the first argument names a subcommand, only
   * that one is registered. Top-level help, typos (for picocli's suggestions) and completion
   * scripts get them all. (The everyday command lines do not get here: {@link DirectInvocation}.)
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new ScalegenCommand());
    String first = args.length > 0 ? args[0] : "";
    boolean all = !SUBCOMMANDS.contains(first) || "generate-completion".equals(first);
    for (String name : SUBCOMMANDS) {
      if (all || name.equals(first)) {
        cli.addSubcommand(name, subcommand(name));
      }
    }
    return cli;
  }
}
