package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@link DirectInvocation} reads what picocli reads, runs it the same way, and leaves the rest to picocli. */
class DirectInvocationTest {

  static final String DOCVAULT = MainTest.DOCVAULT.toString();

  @TempDir
  Path dir;

  /** A command line read both ways, in two fresh directories: the same exit code and the same bytes. */
  @TestFactory
  Stream<DynamicTest> readsAndRunsAsPicocliDoes() {
    return Stream.of(
        List.of("validate", DOCVAULT),
        List.of("validate", "--format", "json", "BAD", DOCVAULT),
        List.of("validate", "--format=sarif", "BAD", "DIR/missing.yaml"),
        List.of("validate", "--stacktrace", DOCVAULT, "BAD"),
        List.of("validate", "generate"),
        List.of("generate", DOCVAULT, "-o", "DIR/k8s"),
        List.of("generate", DOCVAULT, "--output=DIR/k8s", "--scenario", "sustained-high,base"),
        List.of("generate", "-o", "DIR/k8s", "--scenario", "sudden-spike", "--scenario=base", DOCVAULT),
        List.of("generate", DOCVAULT, "-o", "DIR/k8s", "--scenario", "black-friday"),
        List.of("generate", DOCVAULT, "-o", "DIR/k8s", "--kubernetes-version", "1.30", "--format", "json"),
        List.of("generate", "BAD", "-o", "DIR/k8s"),
        List.of("generate", DOCVAULT, "-o", "DIR/afile"),
        List.of("check", DOCVAULT, "-o", "DIR/k8s"),
        List.of("check", DOCVAULT, "-o", "DIR/generated"),
        List.of("check", "--format", "sarif", DOCVAULT, "-o", "DIR/generated", "--scenario", "base"),
        List.of("check", DOCVAULT, "--kubernetes-version=1.29", "-o", "DIR/generated"),
        List.of("--version"),
        List.of("-V"),
        List.of("schema"))
        .map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
          assertThat(DirectInvocation.read(in(dir, args))).as("read directly").isPresent();
          Path picocliDir = Files.createTempDirectory(dir, "picocli");
          Path directDir = Files.createTempDirectory(dir, "direct");
          MainTest.Run byPicocli = run(picocliDir, args, true);
          MainTest.Run direct = run(directDir, args, false);
          assertThat(direct.exit()).isEqualTo(byPicocli.exit());
          assertThat(normalized(direct.out(), directDir)).isEqualTo(normalized(byPicocli.out(), picocliDir));
          assertThat(direct.err().replace(directDir.toString(), "DIR"))
              .isEqualTo(byPicocli.err().replace(picocliDir.toString(), "DIR"));
        }));
  }

  /** Output with the directory as {@code DIR}, and SARIF's fingerprints (hashes of the file's path) masked. */
  private static String normalized(String out, Path directory) {
    return out.replace(directory.toString(), "DIR").replaceAll("\"scalegen/v1\" : \"[0-9a-f]{32}\"", "\"scalegen/v1\" : \"#\"");
  }

  /** Runs {@code args} in a directory holding a bad spec, a plain file and, when they name it, a generated set. */
  private static MainTest.Run run(Path directory, List<String> args, boolean picocli) throws IOException {
    Files.writeString(directory.resolve("bad.yaml"), """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web: { image: nginx:1.27, replicas: 2, autoscaling: { min: 1, max: 3 } }
        """);
    Files.writeString(directory.resolve("afile"), "not a directory\n");
    if (String.join(" ", args).contains("DIR/generated")) {
      assertThat(Main.picocli(new String[] {"generate", DOCVAULT, "-o", directory.resolve("generated").toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] argv = in(directory, args);
    int exit = picocli ? Main.picocli(argv, new PrintWriter(out), new PrintWriter(err))
        : Main.run(argv, new PrintWriter(out), new PrintWriter(err));
    return new MainTest.Run(exit, out.toString(), err.toString());
  }

  private static String[] in(Path directory, List<String> args) {
    return args.stream().map(a -> a.equals("BAD") ? directory.resolve("bad.yaml").toString()
        : a.replace("DIR", directory.toString())).toArray(String[]::new);
  }

  @Test
  void leavesEveryOtherCommandLineToPicocli() {
    String o = dir.toString();
    List<List<String>> others = List.of(
        List.of(),
        List.of("--help"),
        List.of("--version", "--help"),
        List.of("schema", "--help"),
        List.of("schema", "extra"),
        List.of("--version", "generate"),
        List.of("-h", "generate"),
        List.of("generate"),
        List.of("generate", "--help"),
        List.of("validate", "-h", DOCVAULT),
        List.of("generate", DOCVAULT, "-V"),
        List.of("generate", DOCVAULT, "-o" + o),
        List.of("generate", DOCVAULT, "-o=" + o),
        List.of("generate", DOCVAULT, "-o"),
        List.of("generate", DOCVAULT, "-o", o, "-o", o),
        List.of("generate", DOCVAULT, "--output", o, "-o", o),
        List.of("generate", DOCVAULT, "--outpt", o),
        List.of("generate", DOCVAULT, "--out", o),
        List.of("generate", DOCVAULT, "-o", "-" + o),
        List.of("generate", DOCVAULT, "--", "-o"),
        List.of("generate", "@args.txt"),
        List.of("generate", DOCVAULT, "-o", "@" + o),
        List.of("generate", DOCVAULT, DOCVAULT),
        List.of("generate", ""),
        List.of("generate", DOCVAULT, "--output="),
        List.of("generate", DOCVAULT, "--kubernetes-version", "latest"),
        List.of("generate", DOCVAULT, "--scenario", "a,,b"),
        List.of("generate", DOCVAULT, "--scenario", "a,"),
        List.of("generate", DOCVAULT, "--scenario", "\"a,b\""),
        List.of("generate", DOCVAULT, "--scenario", "a b"),
        List.of("generate", DOCVAULT, "--stacktrace=true"),
        List.of("generate", DOCVAULT, "--stacktrace", "--stacktrace"),
        List.of("check", DOCVAULT, "--format", "xml"),
        List.of("check", DOCVAULT, "--format", "JSON"),
        List.of("check", DOCVAULT, "--format", "json", "--format", "text"),
        List.of("validate"),
        List.of("validate", DOCVAULT, "-o", o),
        List.of("validate", DOCVAULT, "--scenario", "base"),
        List.of("validate", "-"),
        List.of("validate", "a\u0000b"),
        List.of("diff", DOCVAULT, "--scenario", "sustained-high"),
        List.of("explain", "SG203"),
        List.of("generate-completion"),
        List.of("frobnicate"));
    for (List<String> args : others) {
      assertThat(DirectInvocation.read(args.toArray(String[]::new))).as(String.join(" ", args)).isEmpty();
    }
  }

  /**
   * The options read directly are exactly those of the commands (a new option must be taught to
   * {@link DirectInvocation}, or it would be read as unknown and left to picocli), and each option
   * defaults to its field's initial value, which is all that a command built without picocli has.
   */
  @Test
  void knowsEveryOptionOfTheCommandsItReads() {
    Map<Object, Map<String, String>> commands = Map.of(
        new ValidateCommand(), DirectInvocation.VALIDATE_OPTIONS,
        new GenerateCommand(), DirectInvocation.COMPILE_OPTIONS,
        new CheckCommand(), DirectInvocation.COMPILE_OPTIONS);
    commands.forEach((command, known) -> {
      CommandSpec spec = new CommandLine(command).getCommandSpec();
      Set<String> names = new HashSet<>();
      for (OptionSpec option : spec.options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        names.addAll(List.of(option.names()));
        if (option.defaultValue() != null) {
          assertThat(String.valueOf(option.initialValue())).as(spec.name() + " " + option.longestName())
              .isEqualTo(option.defaultValue());
        }
      }
      assertThat(names).as(spec.name()).isEqualTo(known.keySet());
      assertThat(spec.positionalParameters()).as(spec.name()).hasSize(1);
      assertThat(spec.positionalParameters().get(0).arity().toString())
          .isEqualTo(command instanceof ValidateCommand ? "1..*" : "1");
    });
  }

  @Test
  void anInternalErrorPrintsItsStackTraceOnlyWithStacktrace() {
    Exception bug = new IllegalStateException("bug");
    String[] args = {"generate", DOCVAULT, "--stacktrace"};
    CommandLine cli = ScalegenCommand.commandLine(args);
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    assertThat(new InternalErrorHandler().handleExecutionException(bug, cli, parsed)).isEqualTo(ExitCode.IO);
    assertThat(err.toString()).startsWith("scalegen: internal error: java.lang.IllegalStateException: bug")
        .contains("\tat ");

    StringWriter plain = new StringWriter();
    assertThat(InternalErrorHandler.report(bug, new PrintWriter(plain, true), false)).isEqualTo(ExitCode.IO);
    assertThat(plain.toString()).isEqualTo("scalegen: internal error: java.lang.IllegalStateException: bug\n"
        + "  run again with --stacktrace for details, and please report it\n");
  }
}
