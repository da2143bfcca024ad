package dev.scalegen.cli;

import dev.scalegen.core.validate.SpecSchema;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/** Entry point of {@code scalegen}. The only place that calls {@code System.exit}. */
public final class Main {
  private Main() {}

  /** The commands that validate a spec, and so need the JSON Schema. */
  private static final Set<String> COMPILES_THE_SCHEMA = Set.of("validate", "generate", "check", "diff", "explain", "import");

  public static void main(String[] args) {
    if (args.length > 0 && COMPILES_THE_SCHEMA.contains(args[0])) {
      // The JSON Schema is compiled on another core while this one reads the command line and the
      // spec (a third of the main thread's time on DocVault when done in line). Should it fail, the
      // command meets the same failure when it needs the schema, and reports it there.
      // A Thread subclass, not a method reference: the first lambda of a process bootstraps the
      // JDK's lambda machinery, which would delay the start of this thread by that much.
      Thread schema = new SchemaCompiler();
      schema.start();
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Compiles the JSON Schema ({@link SpecSchema#get()}) on a daemon thread of its own. */
  private static final class SchemaCompiler extends Thread {
    SchemaCompiler() {
      super("scalegen-schema");
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        SpecSchema.get();
      } catch (RuntimeException | Error e) {
        // reported by the command that needs the schema
      }
    }
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
