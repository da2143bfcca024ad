package dev.scalegen.core.emit;

import dev.scalegen.core.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a set of manifests into a directory (rule 11), in three steps:
 *
 * <ol>
 *   <li><b>Plan</b>: files whose bytes are already right are left alone (their modification time is
 *       kept). A file in the way that scalegen did not write (not in the index, no scalegen header)
 *       stops the run before anything is written.
 *   <li><b>Stage</b>: every changed file is written to a temporary file next to it. If any write
 *       fails, the temporary files are removed and the previous output is left exactly as it was.
 *   <li><b>Commit</b>: each temporary file is moved over its target (atomically where the file
 *       system can), files that the previous index lists but this run no longer generates are
 *       deleted, with folders they leave empty, and the index is updated.
 * </ol>
 *
 * Files that scalegen did not generate are never modified or deleted, and a directory holding
 * foreign files is not cleaned. Two writers on one directory at once are not coordinated.
 *
 * <p>A write may own only part of the directory ({@link #write(List, Path, List)}): rendering one
 * scenario into {@code DIR/<scenario>/} leaves the other sets' files, and their index entries, alone.
 */
public final class OutputWriter {

  /** What a write did, by relative path, each list sorted. */
  public record Report(List<String> written, List<String> unchanged, List<String> deleted) {
    public Report {
      written = written.stream().sorted().toList();
      unchanged = unchanged.stream().sorted().toList();
      deleted = deleted.stream().sorted().toList();
    }
  }

  /** A file that scalegen would overwrite but did not write itself. */
  public static final class ForeignFileException extends IOException {
    public ForeignFileException(String message) {
      super(message);
    }
  }

  private OutputWriter() {}

  /** Writes {@code manifests} into {@code dir}, which the write owns entirely. */
  public static Report write(List<Manifest> manifests, Path dir) throws IOException {
    return write(manifests, dir, List.of());
  }

  /**
   * Writes {@code manifests} into {@code dir}, owning only the paths under the folders in
   * {@code scope} ({@code base}, {@code sudden-spike}): stale files are looked for there only, and
   * the index keeps its entries outside them. An empty scope owns the whole directory.
   */
  public static Report write(List<Manifest> manifests, Path dir, List<String> scope) throws IOException {
    Files.createDirectories(dir);
    Set<String> listed = OutputIndex.read(dir);
    Set<String> previous = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    for (String path : listed) {
      boolean owned = scope.isEmpty() || scope.stream().anyMatch(folder -> path.startsWith(folder + "/"));
      (owned ? previous : kept).add(path);
    }
    List<Manifest> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    Set<String> current = new LinkedHashSet<>();
    for (Manifest m : manifests) {
      current.add(m.path());
      Path target = dir.resolve(m.path());
      if (Files.isDirectory(target)) {
        throw new IOException("cannot write " + target + ": it is a directory");
      }
      if (!Files.exists(target)) {
        changed.add(m);
        continue;
      }
      byte[] existing = Files.readAllBytes(target);
      if (Arrays.equals(existing, m.bytes())) {
        unchanged.add(m.path());
      } else if (previous.contains(m.path()) || generatedByScalegen(existing)) {
        changed.add(m);
      } else {
        foreign.add(target.toString());
      }
    }
    if (!foreign.isEmpty()) {
      throw new ForeignFileException("refusing to overwrite files that scalegen did not generate: "
          + String.join(", ", foreign) + " (move them away, or choose another output directory)");
    }
    commit(stage(changed, dir), dir);
    List<String> deleted = deleteStale(previous, current, dir);
    Set<String> indexed = new LinkedHashSet<>(kept);
    indexed.addAll(current);
    Manifest index = new Manifest(OutputIndex.FILE_NAME, OutputIndex.render(indexed));
    Path indexFile = dir.resolve(OutputIndex.FILE_NAME);
    if (!Files.isRegularFile(indexFile) || !Arrays.equals(Files.readAllBytes(indexFile), index.bytes())) {
      commit(stage(List.of(index), dir), dir);
    }
    return new Report(changed.stream().map(Manifest::path).toList(), unchanged, deleted);
  }

  static boolean generatedByScalegen(byte[] content) {
    byte[] prefix = ManifestEmitter.HEADER_PREFIX.getBytes(StandardCharsets.UTF_8);
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private record Staged(Path temp, Path target) {}

  /** Writes every file to a temporary sibling; on failure removes what it made and rethrows. */
  private static List<Staged> stage(List<Manifest> changed, Path dir) throws IOException {
    List<Staged> staged = new ArrayList<>();
    Deque<Path> createdDirs = new ArrayDeque<>();
    try {
      for (Manifest m : changed) {
        Path target = dir.resolve(m.path());
        createParents(target.getParent(), dir, createdDirs);
        Path temp = target.resolveSibling("." + target.getFileName() + ".scalegen-tmp");
        staged.add(new Staged(temp, target));
        Files.write(temp, m.bytes());
      }
      return staged;
    } catch (IOException | RuntimeException e) {
      for (Staged s : staged) {
        deleteQuietly(s.temp(), e);
      }
      while (!createdDirs.isEmpty()) {
        deleteQuietly(createdDirs.pop(), e);
      }
      throw e;
    }
  }

  /** Cleanup after a failure: a file that cannot be deleted (or never existed) must not hide the cause. */
  private static void deleteQuietly(Path path, Exception cause) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }

  private static void createParents(Path parent, Path dir, Deque<Path> created) throws IOException {
    if (parent == null || Files.isDirectory(parent) || parent.equals(dir)) {
      return;
    }
    createParents(parent.getParent(), dir, created);
    Files.createDirectory(parent);
    created.push(parent);
  }

  private static void commit(List<Staged> staged, Path dir) throws IOException {
    for (Staged s : staged) {
      try {
        Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(s.temp(), s.target(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Deletes files the previous run generated and this one does not, and folders left empty. */
  private static List<String> deleteStale(Set<String> previous, Set<String> current, Path dir) throws IOException {
    List<String> deleted = new ArrayList<>();
    for (String path : previous) {
      Path file = dir.resolve(path);
      if (current.contains(path) || !Files.isRegularFile(file)) {
        continue;
      }
      Files.delete(file);
      deleted.add(path);
      for (Path parent = file.getParent(); parent != null && !parent.equals(dir); parent = parent.getParent()) {
        try {
          Files.delete(parent);
        } catch (DirectoryNotEmptyException e) {
          break;
        }
      }
    }
    return deleted;
  }
}
