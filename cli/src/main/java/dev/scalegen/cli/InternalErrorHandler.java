package dev.scalegen.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A bug or an unexpected I/O failure: one line on stderr and exit code 3. The stack trace is shown
 * only with {@code --stacktrace}.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    // --stacktrace belongs to the subcommand, so it is in the parse result of the last one.
    CommandLine.ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    return report(e, cli.getErr(), command.hasMatchedOption("--stacktrace"));
  }

  /** Reports {@code e} and returns the exit code; used by picocli's execution and by {@link DirectInvocation}. */
  static int report(Exception e, PrintWriter err, boolean stacktrace) {
    err.println("scalegen: internal error: " + e);
    if (stacktrace) {
      e.printStackTrace(err);
    } else {
      err.println("  run again with --stacktrace for details, and please report it");
    }
    return ExitCode.IO;
  }
}
