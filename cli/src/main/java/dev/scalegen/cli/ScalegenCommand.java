package dev.scalegen.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("validate", ValidateCommand::new);
    m.put("generate", GenerateCommand::new);
    m.put("check", CheckCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("generate-completion", AutoComplete.GenerateCompletion::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The command line for {@code args}. picocli introspects every registered subcommand up front,
   * which costs a noticeable part of start-up; when the first argument names a subcommand, only
   * that one is registered. Top-level help, typos (for picocli's suggestions) and completion
   * scripts get them all.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new ScalegenCommand());
    String first = args.length > 0 ? args[0] : "";
    boolean all = !SUBCOMMANDS.containsKey(first) || "generate-completion".equals(first);
    SUBCOMMANDS.forEach((name, command) -> {
      if (all || name.equals(first)) {
        cli.addSubcommand(name, command.get());
      }
    });
    return cli;
  }
}
