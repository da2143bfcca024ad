package dev.scalegen.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A goal's up-to-date marker, as mature plugins keep one under {@code target/}: a file holding a
 * SHA-256 of everything the goal's outcome depends on, written after a successful run with the
 * lines that run logged. When the next run finds the same key, the goal replays those lines and
 * stops before any class of the core (YAML, JSON Schema, fabric8) is loaded.
 *
 * <p>The key covers: the plugin (its version, and each jar of its class realm by path, size and
 * modification time, so that a rebuilt snapshot counts as a change), the Java version, the goal's
 * settings (its parameters, one line each), each spec by absolute path and bytes, and each given
 * directory by the relative path and bytes of every file under it (a symbolic link by its target),
 * so that a hand edit, a new or a deleted file in the output makes the goal run in full. Only the
 * JDK is used here.
 */
final class UpToDate {

  private static final String HEADER = "# scalegen up-to-date marker: the key of the last successful run, then what it"
      + " logged. Delete it (or mvn clean, or -Dscalegen.upToDateCheck=false) to run the goal in full.";

  private final Path marker;
  private final List<String> settings;
  private final List<Path> files;
  private final List<Path> directories;

  UpToDate(Path marker, List<String> settings, List<Path> files, List<Path> directories) {
    this.marker = marker;
    this.settings = List.copyOf(settings);
    this.files = List.copyOf(files);
    this.directories = List.copyOf(directories);
  }

  /** The lines the last successful run logged, when nothing it depends on has changed since. */
  Optional<List<String>> replay() throws IOException {
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(key())) {
      return Optional.empty();
    }
    return Optional.of(lines.subList(2, lines.size()));
  }

  /** Drops the marker, before a goal runs in full: a run that fails leaves none. */
  void forget() throws IOException {
    Files.deleteIfExists(marker);
  }

  /** Writes the marker for the state on disk now, with the lines to replay (each without a line break). */
  void record(List<String> logged) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add(key());
    lines.addAll(logged);
    Files.createDirectories(marker.getParent());
    Path partial = marker.resolveSibling(marker.getFileName() + ".partial");
    Files.write(partial, lines, StandardCharsets.UTF_8);
    Files.move(partial, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The hex SHA-256 of everything the outcome depends on, as the class comment lists it. */
  String key() throws IOException {
    MessageDigest digest = sha256();
    List<String> plugin = new ArrayList<>();
    plugin.add("java " + System.getProperty("java.version"));
    if (UpToDate.class.getClassLoader() instanceof URLClassLoader realm) {
      for (URL url : realm.getURLs()) {
        plugin.add(describe(url));
      }
    }
    for (List<String> part : List.of(plugin, settings)) {
      part.forEach(line -> update(digest, "setting", line.getBytes(StandardCharsets.UTF_8)));
    }
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      update(digest, "file " + absolute, Files.isRegularFile(absolute) ? Files.readAllBytes(absolute) : null);
    }
    for (Path directory : directories) {
      Path root = directory.toAbsolutePath().normalize();
      update(digest, "directory " + root, Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) ? new byte[0] : null);
      if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path p : walk.sorted().toList()) {
            String name = root.relativize(p).toString().replace('\\', '/');
            if (Files.isSymbolicLink(p)) {
              update(digest, "link " + name, Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8));
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
              update(digest, "file " + name, Files.readAllBytes(p));
            }
          }
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A jar or folder of the plugin's realm: where it is, its size and when it was last modified. */
  private static String describe(URL url) throws IOException {
    try {
      Path path = Path.of(url.toURI());
      return "realm " + path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return "realm " + url;
    }
  }

  /** Adds a labelled part; its length is part of it, so that no two sequences of parts hash alike. */
  private static void update(MessageDigest digest, String label, byte[] bytes) {
    byte[] name = label.getBytes(StandardCharsets.UTF_8);
    digest.update((name.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(name);
    digest.update((bytes == null ? "absent" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    if (bytes != null) {
      digest.update(bytes);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
