package dev.scalegen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/** Entry point of {@code scalegen}. The only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line with the given streams and returns the exit code; used by tests. The
   * everyday command lines of validate, generate and check are read without picocli
   * ({@link DirectInvocation}); picocli reads every other one.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    try {
      Optional<DirectInvocation> direct = DirectInvocation.read(args);
      return direct.isPresent() ? direct.get().run(out, err) : picocli(args, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Runs any command line through picocli. */
  static int picocli(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = ScalegenCommand.commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
