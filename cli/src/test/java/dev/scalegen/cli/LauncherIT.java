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
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
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
