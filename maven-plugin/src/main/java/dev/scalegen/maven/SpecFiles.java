package dev.scalegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code specs} parameter, resolved: each file as given, each directory as its {@code *.yaml}
 * and {@code *.yml} files (not recursive), sorted by name, without duplicates. A file that does
 * not exist stays in the list, so that the core reports it like any unreadable spec.
 */
final class SpecFiles {

  /** One spec: where it is, and how diagnostics and file headers name it (relative to the project, with {@code /}). */
  record SpecFile(Path path, String name) {}

  private SpecFiles() {}

  static List<SpecFile> resolve(List<File> specs, Path basedir) throws MojoExecutionException {
    if (specs == null || specs.isEmpty()) {
      throw new MojoExecutionException("no spec is configured: set <specs> (or -Dscalegen.specs)");
    }
    Map<Path, SpecFile> files = new LinkedHashMap<>();
    for (File spec : specs) {
      Path path = basedir.resolve(spec.toPath()).normalize();
      List<Path> found = Files.isDirectory(path) ? yamlFilesIn(path) : List.of(path);
      for (Path file : found) {
        files.putIfAbsent(file, new SpecFile(file, relative(basedir, file)));
      }
    }
    return new ArrayList<>(files.values());
  }

  private static List<Path> yamlFilesIn(Path directory) throws MojoExecutionException {
    try (Stream<Path> listing = Files.list(directory)) {
      List<Path> found = listing
          .filter(p -> Files.isRegularFile(p))
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
      if (found.isEmpty()) {
        throw new MojoExecutionException("the spec directory " + directory + " holds no *.yaml or *.yml file");
      }
      return found;
    } catch (IOException e) {
      throw new MojoExecutionException("cannot list the spec directory " + directory + ": " + e.getMessage(), e);
    }
  }

  /** {@code path} relative to {@code basedir} when it is below it, with {@code /} separators; otherwise as is. */
  static String relative(Path basedir, Path path) {
    Path base = basedir.toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace(File.separatorChar, '/');
  }
}
