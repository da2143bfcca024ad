package dev.scalegen.cli;

import picocli.CommandLine;

/**
 * A bug or an unexpected I/O failure: one line on stderr and exit code 3. The stack trace is shown
 * only with {@code --stacktrace}.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    var err = cli.getErr();
    err.println("scalegen: internal error: " + e);
    if (parsed.hasMatchedOption("--stacktrace")) {
      e.printStackTrace(err);
    } else {
      err.println("  run again with --stacktrace for details, and please report it");
    }
    return ExitCode.IO;
  }
}
