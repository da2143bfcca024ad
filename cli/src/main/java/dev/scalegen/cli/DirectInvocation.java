package dev.scalegen.cli;

import dev.scalegen.core.validate.SpecSchema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The everyday command lines of {@code validate}, {@code generate} and {@code check}, and
 * {@code schema} and {@code --version} alone, read without picocli. picocli builds its model of a
 * command by reflection over the command's annotations, which at start-up costs more than the rest
 * of the CLI (docs/cli.md#start-up). A command line made only of the command's name, its spec files
 * and its own options, each written {@code --name value}, {@code --name=value} or {@code -o value}
 * and given once ({@code --scenario} may repeat), is read here into the command object that
 * picocli would fill, and run as picocli would run it.
 *
 * <p>Anything else is left to picocli, so that its messages and usage help stay the only ones:
 * help options, a version option with anything else, an unknown or misspelt option,
 * {@code -oDIR}, {@code --}, an {@code @file}, an empty argument or a value that starts with
 * {@code -}, an option given twice, a wrong number of spec files, and any value that picocli or
 * {@link CompileOptions#options()} would reject. {@code DirectInvocationTest} holds the two
 * readings to the same result.
 *
 * <p>Why a second reader beside picocli is kept: with picocli alone, DocVault {@code generate} as a
 * whole process took 0.37 s instead of 0.30 s (+23 %; {@code validate} +15 %, {@code --version}
 * +50 %, 1,000 tiers +8 %), interleaved with {@code bench/compare.sh}; a {@code CommandSpec} built in
 * code instead of by reflection saved nothing (picocli's own set-up costs it). Measured 2026-12-02,
 * docs/benchmarks.md "Why {@code DirectInvocation} stays".
 */
final class DirectInvocation {

  /** A command that runs with its fields already filled in, by picocli or by {@link DirectInvocation}. */
  interface Command {
    int run(PrintWriter out, PrintWriter err);
  }

  /** {@code scalegen --version}: the lines picocli prints (a class, not a lambda: the only one on this path). */
  private static final class PrintVersion implements Command {
    @Override
    public int run(PrintWriter out, PrintWriter err) {
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
      return 0;
    }
  }

  /** {@code scalegen schema}: the schema file as shipped, as {@link SchemaCommand} prints it. */
  private static final class PrintSchema implements Command {
    @Override
    public int run(PrintWriter out, PrintWriter err) {
      out.print(SpecSchema.shippedText());
      out.flush();
      return ExitCode.OK;
    }
  }

  /** The options of each command read here, by every name they have, to the name they are kept under. */
  static final Map<String, String> VALIDATE_OPTIONS = Map.of("--format", "--format", "--stacktrace", "--stacktrace");

  static final Map<String, String> COMPILE_OPTIONS = Map.of("--format", "--format", "--stacktrace", "--stacktrace",
      "-o", "--output", "--output", "--output", "--scenario", "--scenario",
      "--kubernetes-version", "--kubernetes-version");

  private static final Set<String> FLAGS = Set.of("--stacktrace");

  private final Command command;
  private final boolean stacktrace;

  private DirectInvocation(Command command, boolean stacktrace) {
    this.command = command;
    this.stacktrace = stacktrace;
  }

  /** The command that {@code args} name, filled in; empty when picocli is to read them. */
  static Optional<DirectInvocation> read(String[] args) {
    try {
      switch (args.length == 0 ? "" : args[0]) {
        case "validate" -> {
          ValidateCommand validate = new ValidateCommand();
          Arguments a = Arguments.split(args, VALIDATE_OPTIONS);
          if (a == null || a.positional.isEmpty()) {
            return Optional.empty();
          }
          a.fill(validate.output);
          for (String file : a.positional) {
            validate.files.add(Path.of(file));
          }
          return Optional.of(new DirectInvocation(validate, validate.output.stacktrace));
        }
        case "generate" -> {
          GenerateCommand generate = new GenerateCommand();
          return compiling(args, generate, generate.output, generate.compile);
        }
        case "check" -> {
          CheckCommand check = new CheckCommand();
          return compiling(args, check, check.output, check.compile);
        }
        case "schema" -> {
          return args.length != 1 ? Optional.empty() : Optional.of(new DirectInvocation(new PrintSchema(), false));
        }
        case "--version", "-V" -> {
          // Asked by scripts and CI logs before anything else: answered as picocli answers it.
          return args.length != 1 ? Optional.empty() : Optional.of(new DirectInvocation(new PrintVersion(), false));
        }
        default -> {
          return Optional.empty();
        }
      }
    } catch (IllegalArgumentException e) { // a format, a path or a version that picocli would reject
      return Optional.empty();
    }
  }

  /** A command that compiles the spec ({@link CompileOptions}), filled in from {@code args}. */
  private static Optional<DirectInvocation> compiling(String[] args, Command command, DiagnosticOutput output,
      CompileOptions compile) {
    Arguments a = Arguments.split(args, COMPILE_OPTIONS);
    if (a == null || a.positional.size() != 1 || !a.fill(compile)) {
      return Optional.empty();
    }
    a.fill(output);
    compile.options(); // throws for a value that picocli's reading reports as a usage error
    return Optional.of(new DirectInvocation(command, output.stacktrace));
  }

  /** Runs the command; an exception is an internal error, as under picocli ({@link InternalErrorHandler}). */
  int run(PrintWriter out, PrintWriter err) {
    try {
      return command.run(out, err);
    } catch (Exception e) {
      return InternalErrorHandler.report(e, err, stacktrace);
    }
  }

  /** The arguments after the command name: options by the name they are kept under, and the rest. */
  private static final class Arguments {
    final Map<String, List<String>> options = new HashMap<>();
    final List<String> positional = new ArrayList<>();

    /** The arguments, or null when one is not in a form read here. */
    static Arguments split(String[] args, Map<String, String> names) {
      Arguments a = new Arguments();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("-")) {
          if (!plain(arg)) {
            return null;
          }
          a.positional.add(arg);
          continue;
        }
        int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
        String option = names.get(equals < 0 ? arg : arg.substring(0, equals));
        if (option == null) {
          return null;
        }
        String value;
        if (FLAGS.contains(option)) {
          if (equals >= 0) {
            return null;
          }
          value = "";
        } else {
          if (equals >= 0) {
            value = arg.substring(equals + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            return null;
          }
          if (!plain(value) || value.startsWith("-")) {
            return null;
          }
        }
        List<String> values = a.options.get(option);
        if (values == null) {
          values = new ArrayList<>();
          a.options.put(option, values);
        } else if (!option.equals("--scenario")) {
          return null;
        }
        values.add(value);
      }
      return a;
    }

    /** Not empty and not an argument file, which picocli would expand. */
    private static boolean plain(String arg) {
      return !arg.isEmpty() && arg.charAt(0) != '@';
    }

    void fill(DiagnosticOutput output) {
      List<String> format = options.get("--format");
      if (format != null) {
        output.format = DiagnosticOutput.Format.valueOf(format.get(0));
      }
      output.stacktrace = options.containsKey("--stacktrace");
    }

    /** Fills {@code compile} in; false when a value is not in a form read here. */
    boolean fill(CompileOptions compile) {
      compile.file = Path.of(positional.get(0));
      List<String> output = options.get("--output");
      if (output != null) {
        compile.outputDirectory = Path.of(output.get(0));
      }
      List<String> version = options.get("--kubernetes-version");
      if (version != null) {
        compile.kubernetesVersion = version.get(0);
      }
      List<String> scenarios = options.get("--scenario");
      if (scenarios != null) {
        List<String> names = new ArrayList<>();
        for (String value : scenarios) {
          if (!names(value)) {
            return false;
          }
          for (String name : value.split(",")) {
            names.add(name);
          }
        }
        compile.scenarios = names;
      }
      return true;
    }

    /**
     * Names joined by single commas, each of letters, digits, {@code .}, {@code _} and {@code -}:
     * picocli splits these the same way; quotes, spaces and empty names are left to it.
     */
    private static boolean names(String value) {
      boolean name = false;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == ',') {
          if (!name) {
            return false;
          }
          name = false;
        } else if (Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-') {
          name = true;
        } else {
          return false;
        }
      }
      return name;
    }
  }
}
