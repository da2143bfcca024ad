package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code package} builds ({@code target/scalegen-VERSION.tar.gz} and
 * {@code .zip}), installed as a new user installs it: unpacked into an empty folder,
 * {@code install.sh --prefix} into a temporary prefix, and {@code scalegen} run through the link in
 * {@code PREFIX/bin} from another working directory, with a {@code PATH} that holds only that folder
 * and the JDK's {@code bin} (no {@code readlink}, {@code mv} or {@code rm} on it).
 * Skipped where there is no {@code /bin/sh} or {@code tar}.
 */
class InstallIT {

  private static final String VERSION = System.getProperty("scalegen.version");
  private static final Path TAR = Path.of("target/scalegen-" + VERSION + ".tar.gz");
  private static final Path ZIP = Path.of("target/scalegen-" + VERSION + ".zip");
  private static final Path DOCVAULT = Path.of("../examples/docvault/scaling.yaml").toAbsolutePath().normalize();
  private static final List<String> ENTRIES = List.of("bin/scalegen", "install.sh", "lib/scalegen.jar",
      "lib/scalegen-spec.classlist", "lib/scalegen.classlist", "schemas/scaling-spec.schema.json", "LICENSE",
      "README.md");

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void posixShellAndTar() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: install.sh is a POSIX shell script");
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/tar")) || Files.isExecutable(Path.of("/usr/bin/tar")),
        "no tar");
    assertThat(TAR).as("the release archive, made by the package phase").isRegularFile();
    assertThat(ZIP).as("the release archive, made by the package phase").isRegularFile();
  }

  private Run run(Path workDir, Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile());
    if (env != null) {
      builder.environment().clear();
      builder.environment().putAll(env);
    }
    Process process = builder.start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
    return new Run(process.exitValue(), Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
  }

  /** Runs {@code scalegen args} as a shell does: looked up on the {@code PATH} of {@code env}. */
  private Run scalegen(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "scalegen \"$@\"", "sh"));
    command.addAll(List.of(args));
    return run(workDir, env, command.toArray(String[]::new));
  }

  /** The environment of a bare machine: HOME, and a PATH of the link's folder and the JDK's bin. */
  private Map<String, String> bare(Path bin) {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin");
    return Map.of("HOME", dir.toString(), "PATH", bin + ":" + javaBin);
  }

  @Test
  void theZipHoldsWhatTheTarHolds() throws Exception {
    List<String> zipped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
    }
    Run tar = run(dir, null, "tar", "tzf", TAR.toAbsolutePath().toString());
    List<String> tarred = new ArrayList<>(tar.out().lines().filter(l -> !l.endsWith("/")).toList());
    Collections.sort(zipped);
    Collections.sort(tarred);
    assertThat(zipped).isEqualTo(tarred)
        .containsExactlyInAnyOrderElementsOf(ENTRIES.stream().map(e -> "scalegen-" + VERSION + "/" + e).toList());
  }

  @Test
  void installShInstallsIntoAPrefixAndScalegenRunsThroughTheLinkOnPath() throws Exception {
    Path unpacked = Files.createDirectories(dir.resolve("download"));
    assertThat(run(unpacked, null, "tar", "xzf", TAR.toAbsolutePath().toString()).exit()).isZero();
    Path prefix = dir.resolve("prefix");
    Run install = run(unpacked, null, "sh", "scalegen-" + VERSION + "/install.sh", "--prefix", prefix.toString());
    assertThat(install.exit()).as(install.err()).isZero();
    assertThat(install.out()).contains("installed scalegen " + VERSION);
    Path bin = prefix.resolve("bin");
    Path lib = prefix.resolve("lib/scalegen/lib");
    assertThat(Files.isSymbolicLink(bin.resolve("scalegen"))).isTrue();
    assertThat(lib.resolve("scalegen-spec.jsa")).as("made at install time").isRegularFile();
    assertThat(lib.resolve("scalegen.jsa")).as("made at install time").isRegularFile();

    Path work = Files.createDirectories(dir.resolve("elsewhere"));
    Run version = scalegen(work, bare(bin), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("scalegen " + VERSION + "\n");

    Run generate = scalegen(work, bare(bin), "generate", DOCVAULT.toString(), "-o", "k8s");
    assertThat(generate.exit()).as(generate.err()).isZero();
    assertThat(work.resolve("k8s/base/kustomization.yaml")).isRegularFile();
    assertThat(work.resolve("k8s/base/backend/hpa.yaml")).isRegularFile();

    // The first run after the archive is gone makes it again, with the bare PATH, and uses it.
    Files.delete(lib.resolve("scalegen-spec.jsa"));
    Map<String, String> env = new java.util.HashMap<>(bare(bin));
    env.put("SCALEGEN_JAVA_OPTS", "-Xshare:on");
    Run again = scalegen(work, env, "validate", DOCVAULT.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(lib.resolve("scalegen-spec.jsa")).isRegularFile();
    try (var files = Files.list(lib)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".jsa."));
    }
    Files.delete(bin.resolve("scalegen")); // (so that JUnit does not warn about links out of its folder)
  }

  /**
   * When the JVM cannot make the archive (here a java that refuses {@code -Xshare:dump}), the
   * command runs without one and says nothing; the failure is remembered next to the jar, so that
   * the next run does not try again.
   */
  @Test
  void whenTheArchiveCannotBeMadeTheCommandRunsWithoutOneSilently() throws Exception {
    Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
    assertThat(run(unpacked, null, "tar", "xzf", TAR.toAbsolutePath().toString()).exit()).isZero();
    Path home = unpacked.resolve("scalegen-" + VERSION);
    Path log = dir.resolve("dumps.log");
    Path java = Files.writeString(dir.resolve("java"), "#!/bin/sh\n"
        + "if [ \"$1\" = -Xshare:dump ]; then echo dump >> '" + log + "'; exit 1; fi\n"
        + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Map<String, String> env = Map.of("HOME", dir.toString(), "PATH", "/usr/bin:/bin", "JAVA", java.toString());
    for (int i = 0; i < 2; i++) {
      Run version = run(dir, env, home.resolve("bin/scalegen").toString(), "--version");
      assertThat(version.exit()).as(version.err()).isZero();
      assertThat(version.out()).isEqualTo("scalegen " + VERSION + "\n");
      assertThat(version.err()).isEmpty();
    }
    assertThat(Files.readAllLines(log)).as("one attempt, remembered").containsExactly("dump");
    assertThat(home.resolve("lib/scalegen-spec.jsa")).doesNotExist();
    assertThat(home.resolve("lib/scalegen-spec.jsa.failed")).exists();
  }

  /**
   * With CDPATH set (here to a folder that holds another copy of the release folder), install.sh
   * still installs from the folder it is in, into a relative prefix.
   */
  @Test
  void installShIgnoresCdpath() throws Exception {
    Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
    assertThat(run(unpacked, null, "tar", "xzf", TAR.toAbsolutePath().toString()).exit()).isZero();
    Path decoy = Files.createDirectories(dir.resolve("decoy/scalegen-" + VERSION));
    Files.createDirectories(dir.resolve("decoy/prefix"));
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.put("CDPATH", dir.resolve("decoy").toString());
    Run install = run(unpacked, env, "sh", "scalegen-" + VERSION + "/install.sh", "--prefix", "prefix");
    assertThat(install.exit()).as(install.err()).isZero();
    assertThat(install.out()).contains("installed scalegen " + VERSION);
    Path home = unpacked.resolve("prefix/lib/scalegen");
    assertThat(home.resolve("lib/scalegen.jar")).isRegularFile();
    assertThat(home.resolve("lib/scalegen-spec.jsa")).isRegularFile();
    assertThat(decoy).isEmptyDirectory();
    assertThat(dir.resolve("decoy/prefix")).isEmptyDirectory();
    Files.delete(unpacked.resolve("prefix/bin/scalegen"));
  }

  /**
   * install.sh with a java that does not exist installs but leaves no .failed marker, so that the
   * archives are made once java is there: by the next run, and by install.sh run again, which also
   * makes them anew (and copies no archive or marker from the unpacked folder).
   */
  @Test
  void aJavaThatDoesNotRunLeavesNoFailedMarker() throws Exception {
    Path unpacked = Files.createDirectories(dir.resolve("download"));
    assertThat(run(unpacked, null, "tar", "xzf", TAR.toAbsolutePath().toString()).exit()).isZero();
    Path prefix = dir.resolve("prefix");
    Path lib = prefix.resolve("lib/scalegen/lib");
    String realJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.put("JAVA", dir.resolve("no-such-jdk/bin/java").toString());
    Run broken = run(unpacked, env, "sh", "scalegen-" + VERSION + "/install.sh", "--prefix", prefix.toString());
    assertThat(broken.exit()).as(broken.err()).isZero();
    assertThat(broken.err()).contains("it did not run", "run install.sh again");
    try (var files = Files.list(lib)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".jsa"));
    }

    env.put("JAVA", realJava);
    Run version = run(dir, env, prefix.resolve("bin/scalegen").toString(), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(lib.resolve("scalegen-spec.jsa")).as("made by the first run that has a java").isRegularFile();

    // A marker in the unpacked folder is not copied; the install's own archives are made anew.
    Files.writeString(unpacked.resolve("scalegen-" + VERSION + "/lib/scalegen.jsa.failed"), "");
    Files.writeString(lib.resolve("scalegen-spec.jsa.failed"), "");
    Files.writeString(lib.resolve("scalegen.jsa"), "stale");
    Run fixed = run(unpacked, env, "sh", "scalegen-" + VERSION + "/install.sh", "--prefix", prefix.toString());
    assertThat(fixed.exit()).as(fixed.err()).isZero();
    assertThat(fixed.out()).contains("installed scalegen " + VERSION);
    assertThat(lib.resolve("scalegen-spec.jsa")).isRegularFile();
    assertThat(lib.resolve("scalegen.jsa")).isRegularFile();
    assertThat(Files.readString(lib.resolve("scalegen.jsa"), StandardCharsets.ISO_8859_1)).isNotEqualTo("stale");
    try (var files = Files.list(lib)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".failed") || n.contains(".jsa."));
    }
    try (var files = Files.list(prefix.resolve("lib"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("scalegen");
    }

    // Run from the install itself, install.sh makes the archives anew too.
    Files.writeString(lib.resolve("scalegen.jsa"), "stale");
    Run self = run(dir, env, "sh", prefix.resolve("lib/scalegen/install.sh").toString(), "--prefix", prefix.toString());
    assertThat(self.exit()).as(self.err()).isZero();
    assertThat(Files.readString(lib.resolve("scalegen.jsa"), StandardCharsets.ISO_8859_1)).isNotEqualTo("stale");
    Files.delete(prefix.resolve("bin/scalegen"));
  }
}
