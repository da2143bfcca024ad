package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher that the build puts next to the jar ({@code target/scalegen}), run as a process the
 * way a user runs it, after {@code package} (maven-failsafe-plugin): the JVM accepts every option
 * it passes, each command line gets the class-data-sharing archive meant for it and the archive
 * holds the CLI's classes (where the launcher's {@code -Xshare:auto} would run slower without a
 * word if it did not), exit codes pass through, and the flags it chooses for the machine are the
 * ones {@code docs/cli.md#start-up} describes.
 * Skipped where there is no {@code /bin/sh}.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("target/scalegen");
  private static final Path DOCVAULT = Path.of("../examples/docvault/scaling.yaml");

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void posixShell() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: the launcher is a POSIX shell script");
    assertThat(LAUNCHER).as("the launcher, made by the package phase").isExecutable();
  }

  private Run run(String javaOpts, String... args) throws IOException, InterruptedException {
    return runAs(LAUNCHER, javaOpts, args);
  }

  /** Runs {@code launcher} (the launcher itself, a link to it, or a copy) with {@code args}. */
  private Run runAs(Path launcher, String javaOpts, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile());
    Map<String, String> env = builder.environment();
    env.remove("SCALEGEN_JAVA_OPTS");
    env.remove("JAVA");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    if (javaOpts != null) {
      env.put("SCALEGEN_JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
    return new Run(process.exitValue(), Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
  }

  /**
   * JVM options that make the JVM fail when it cannot map its archive and log, to files, which
   * archive it opened and where each class came from.
   */
  private String sharing() {
    return "-Xshare:on -Xlog:cds=info:file=" + dir.resolve("cds.log") + " -Xlog:class+load=info:file="
        + dir.resolve("classes.log");
  }

  private void assertSharedFrom(String archive) throws IOException {
    assertThat(Files.readString(dir.resolve("cds.log"))).contains("Opened archive target/" + archive + ".");
    assertThat(Files.readString(dir.resolve("classes.log")))
        .contains("dev.scalegen.cli.Main source: shared objects file");
  }

  @Test
  void generateAndCheckRunOnTheArchiveForTheSpecCommands() throws Exception {
    Path out = dir.resolve("k8s");
    Run generate = run(sharing(), "generate", DOCVAULT.toString(), "-o", out.toString());
    assertThat(generate.exit()).as(generate.err()).isZero();
    assertSharedFrom("scalegen-spec.jsa");
    assertThat(generate.out()).contains("written");
    assertThat(out.resolve("base/kustomization.yaml")).isRegularFile();
    assertThat(generate.err()).contains("0 errors").doesNotContain("VM warning");

    Run check = run(sharing(), "check", DOCVAULT.toString(), "-o", out.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    assertSharedFrom("scalegen-spec.jsa");

    Files.writeString(out.resolve("base/kustomization.yaml"), "# edited\n");
    Run drift = run(null, "check", DOCVAULT.toString(), "-o", out.toString());
    assertThat(drift.exit()).isEqualTo(1);
    assertThat(drift.out()).contains("base/kustomization.yaml");
  }

  @Test
  void versionAndSchemaRunOnTheArchiveForTheSpecCommandsAndTheRestOnTheOneWithHelp() throws Exception {
    Run version = run(sharing(), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertSharedFrom("scalegen-spec.jsa");
    assertThat(version.out()).startsWith("scalegen ");
    assertThat(version.err()).isEmpty();

    Run schema = run(sharing(), "schema");
    assertThat(schema.exit()).as(schema.err()).isZero();
    assertSharedFrom("scalegen-spec.jsa");
    assertThat(schema.out()).startsWith("{").contains("\"$schema\"");

    Run help = run(sharing(), "explain", "--help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertSharedFrom("scalegen.jsa");
    assertThat(help.out()).contains("Usage:");
  }

  @Test
  void exitCodesPassThrough() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          web:
            image: nginx:1.27
            replicas: many
        """);
    assertThat(run(null, "validate", bad.toString()).exit()).isEqualTo(1);
    assertThat(run(null, "generate", "--no-such-option").exit()).isEqualTo(2);
    assertThat(run(null, "validate", dir.resolve("missing.yaml").toString()).exit()).isEqualTo(3);
  }

  /**
   * A link on {@code PATH} to the launcher (absolute, or relative through a second link) runs the
   * jar next to the launcher, not one next to the link: the old launcher looked for
   * {@code /usr/local/bin/scalegen.jar} and exited 1, which means "invalid spec".
   */
  @Test
  void theLauncherRunsThroughSymbolicLinks() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("scalegen"), LAUNCHER.toAbsolutePath());
    Run version = runAs(link, null, "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("scalegen ");

    Path other = Files.createDirectories(dir.resolve("other"));
    Path chained = Files.createSymbolicLink(other.resolve("scalegen"), Path.of("../bin/scalegen"));
    Run validate = runAs(chained, null, "validate", DOCVAULT.toAbsolutePath().toString());
    assertThat(validate.exit()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("valid");
    Files.delete(chained); // (so that JUnit does not warn about links out of its temporary folder)
    Files.delete(link);
  }

  /** A launcher without its jar says where it looked and exits 3 (an I/O error), never 1. */
  @Test
  void aLauncherWithoutItsJarExitsWithThree() throws Exception {
    Path alone = Files.copy(LAUNCHER, Files.createDirectories(dir.resolve("alone")).resolve("scalegen"));
    Run run = runAs(alone, null, "--version");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).startsWith("scalegen: cannot find scalegen.jar in " + alone.getParent())
        .contains("docs/cli.md#on-the-path");
  }

  /**
   * No command prints SLF4J's "No SLF4J providers were found" lines (the schema validator logs
   * through SLF4J; the CLI ships the no-operation provider), on a valid spec, an invalid one, a
   * write, a drift and an unreadable file.
   */
  @Test
  void noCommandPrintsSlf4jLines() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "apiVersion: scalegen.dev/v1\nkind: ScalingSpec\n"
        + "metadata: { name: shop }\ntiers: { web: { image: nginx, replicas: many, autoscling: {} } }\n");
    Path out = dir.resolve("k8s");
    List<List<String>> commands = List.of(
        List.of("validate", DOCVAULT.toString()),
        List.of("validate", bad.toString()),
        List.of("generate", DOCVAULT.toString(), "-o", out.toString()),
        List.of("check", DOCVAULT.toString(), "-o", dir.resolve("elsewhere").toString(), "--format", "sarif"),
        List.of("explain", DOCVAULT.toString()),
        List.of("validate", dir.resolve("missing.yaml").toString()));
    for (List<String> command : commands) {
      Run run = run(null, command.toArray(String[]::new));
      assertThat(run.err()).as("stderr of %s", command).doesNotContainIgnoringCase("slf4j");
      assertThat(run.out()).as("stdout of %s", command).doesNotContainIgnoringCase("slf4j");
    }
  }

  /**
   * The client compiler, the serial collector and no performance-data file always; one compiler
   * thread only on a machine with one or two processors (as {@code /sys/devices/system/cpu/online}
   * lists them), where the JVM's own choice is two.
   */
  @Test
  void theJvmGetsTheLaunchersFlags() throws Exception {
    Run flags = run("-XX:+PrintFlagsFinal", "--version");
    assertThat(flags.exit()).as(flags.err()).isZero();
    assertThat(flag(flags.out(), "TieredStopAtLevel")).isEqualTo("1 {command line}");
    assertThat(flag(flags.out(), "UseSerialGC")).isEqualTo("true {command line}");
    assertThat(flag(flags.out(), "NewSize")).isEqualTo(64 * 1024 * 1024 + " {command line}");
    assertThat(flag(flags.out(), "MaxTenuringThreshold")).isEqualTo("0 {command line}");
    assertThat(flag(flags.out(), "UsePerfData")).isEqualTo("false {command line}");
    Path online = Path.of("/sys/devices/system/cpu/online");
    String cpus = Files.isReadable(online) ? Files.readString(online).trim() : "";
    if (cpus.equals("0") || cpus.equals("0-1")) {
      assertThat(flag(flags.out(), "CICompilerCount")).isEqualTo("1 {command line}");
    } else {
      assertThat(flag(flags.out(), "CICompilerCount")).doesNotContain("{command line}");
    }
  }

  /** A flag's value and origin in {@code -XX:+PrintFlagsFinal}'s table, e.g. {@code 1 {command line}}. */
  private static String flag(String table, String name) {
    Matcher m = Pattern.compile("(?m)^\\s*\\S+\\s+" + name + "\\s+= (\\S+)\\s+\\{[^}]*\\} (\\{[^}]*\\})").matcher(table);
    assertThat(m.find()).as("%s in the flags table", name).isTrue();
    return m.group(1) + " " + m.group(2);
  }
}
