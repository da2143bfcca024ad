package dev.scalegen.cli;

import picocli.CommandLine.Command;

/** {@code scalegen}: the top-level command; it only groups the subcommands. */
@Command(
    name = "scalegen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compiles a declarative scaling spec into Kubernetes manifests.",
    subcommands = {ValidateCommand.class, GenerateCommand.class, CheckCommand.class, ExplainCommand.class,
        SchemaCommand.class, picocli.AutoComplete.GenerateCompletion.class},
    footer = ExitCode.HELP_TEXT,
    usageHelpAutoWidth = true)
final class ScalegenCommand {}
