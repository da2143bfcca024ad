package dev.scalegen.maven;

import dev.scalegen.core.emit.OutputWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The files that {@code generate} wrote or deleted in this build of this project, kept in the
 * plugin context that Maven gives every execution of this plugin in one project. {@code check}
 * reads it: when {@code generate} has just rewritten the directory that {@code check} compares
 * (both pointed at the committed {@code deploy/k8s}), the comparison would pass on what
 * {@code generate} wrote, and a hand edit would be reverted without a word.
 */
final class GeneratedInThisBuild {

  private static final String KEY = "dev.scalegen.maven.generatedInThisBuild";

  private GeneratedInThisBuild() {}

  /** Records the files of {@code report} (relative to {@code directory}) that were written or deleted. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void record(Map context, Path directory, OutputWriter.Report report) {
    if (context == null) {
      return;
    }
    Set<Path> changed = (Set<Path>) context.computeIfAbsent(KEY, k -> new ConcurrentSkipListSet<Path>());
    for (List<String> files : List.of(report.written(), report.deleted())) {
      for (String file : files) {
        changed.add(directory.resolve(file).toAbsolutePath().normalize());
      }
    }
  }

  /** The files under {@code directory} that {@code generate} wrote or deleted in this build, sorted. */
  @SuppressWarnings("rawtypes")
  static Set<Path> under(Map context, Path directory) {
    Set<Path> found = new TreeSet<>();
    Object changed = context == null ? null : context.get(KEY);
    if (changed instanceof Set<?> paths) {
      Path root = directory.toAbsolutePath().normalize();
      for (Object p : paths) {
        if (p instanceof Path path && path.startsWith(root)) {
          found.add(path);
        }
      }
    }
    return found;
  }
}
