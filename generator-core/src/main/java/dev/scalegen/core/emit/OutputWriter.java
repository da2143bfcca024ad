package dev.scalegen.core.emit;

import dev.scalegen.core.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes a set of manifests into a directory (rule 11), in three steps:
 *
 * <ol>
 *   <li><b>Plan</b>: files whose bytes are already right are left alone (their modification time is
 *       kept). A file in the way that scalegen did not write (not in the index, no scalegen header)
 *       stops the run before anything is written.
 *   <li><b>Stage</b>: every changed file is written to a temporary file next to it, or, when its
 *       folder does not exist yet, into a temporary folder that stands in for the new one
 *       ({@link Staging}). If any write fails, the temporary files and folders are removed and the
 *       previous output is left exactly as it was.
 *   <li><b>Commit</b>: each temporary file or folder is moved into place (atomically where the file
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

  /** From this many changed files on, they are written on several threads. */
  static final int PARALLEL_FROM = 64;

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
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir); // (which throws, and catches, an exception when dir exists)
    }
    Set<String> listed = OutputIndex.read(dir);
    Set<String> previous = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    for (String path : listed) {
      (owned(path, scope) ? previous : kept).add(path);
    }
    Staging staging = new Staging(dir);
    List<Changed> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    Set<String> current = new LinkedHashSet<>();
    for (Manifest m : manifests) {
      current.add(m.path());
      Path target = dir.resolve(m.path());
      byte[] bytes = m.bytes();
      byte[] existing = existing(target, staging);
      if (existing == null) {
        changed.add(new Changed(m.path(), target, bytes));
      } else if (Arrays.equals(existing, bytes)) {
        unchanged.add(m.path());
      } else if (previous.contains(m.path()) || generatedByScalegen(existing)) {
        changed.add(new Changed(m.path(), target, bytes));
      } else {
        foreign.add(target.toString());
      }
    }
    if (!foreign.isEmpty()) {
      throw new ForeignFileException("refusing to overwrite files that scalegen did not generate: "
          + String.join(", ", foreign) + " (move them away, or choose another output directory)");
    }
    write(changed, staging);
    List<String> deleted = deleteStale(previous, current, dir);
    Set<String> indexed = new LinkedHashSet<>(kept);
    indexed.addAll(current);
    byte[] index = OutputIndex.render(indexed).getBytes(StandardCharsets.UTF_8);
    Path indexFile = dir.resolve(OutputIndex.FILE_NAME);
    if (!Files.isRegularFile(indexFile) || !Arrays.equals(Files.readAllBytes(indexFile), index)) {
      write(List.of(new Changed(OutputIndex.FILE_NAME, indexFile, index)), staging);
    }
    List<String> written = new ArrayList<>(changed.size());
    for (Changed c : changed) {
      written.add(c.path());
    }
    return new Report(written, unchanged, deleted);
  }

  /** Whether {@code path} lies in one of the folders of {@code scope}; everything does when it is empty. */
  private static boolean owned(String path, List<String> scope) {
    if (scope.isEmpty()) {
      return true;
    }
    for (String folder : scope) {
      if (path.length() > folder.length() && path.startsWith(folder) && path.charAt(folder.length()) == '/') {
        return true;
      }
    }
    return false;
  }

  /**
   * The bytes of {@code target}, or {@code null} when there is no such file. A file in a folder
   * known to be missing (every file of a fresh directory) is not looked up at all, and the folders
   * of files that are there need no look-up of their own.
   */
  private static byte[] existing(Path target, Staging staging) throws IOException {
    Path folder = target.getParent();
    if (!staging.mayExist(folder)) {
      return null;
    }
    byte[] bytes = readIfPresent(target);
    if (bytes != null) {
      staging.found(folder);
    } else {
      staging.exists(folder); // learnt once, so that the folder's other files are not looked up if it is missing
    }
    return bytes;
  }

  /** The bytes of {@code file}, or {@code null} when there is no such file. */
  private static byte[] readIfPresent(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new IOException("cannot write " + file + ": it is a directory");
      }
      throw e;
    }
  }

  static boolean generatedByScalegen(byte[] content) {
    byte[] prefix = ManifestEmitter.HEADER_PREFIX.getBytes(StandardCharsets.UTF_8);
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** A file to write: its relative path, where it goes, and its bytes. */
  private record Changed(String path, Path target, byte[] bytes) {}

  /**
   * Stages every changed file, then commits them; after a failure while staging, removes what it
   * made. The folders are made in order on this thread; from {@link #PARALLEL_FROM} files on, the
   * files are written on the common fork-join pool (creating a file is a system call that costs
   * about 0.1 ms on a virtual machine's disk: a third of a 1,000-tier run on one core).
   */
  private static void write(List<Changed> changed, Staging staging) throws IOException {
    try {
      List<Path> files = new ArrayList<>(changed.size());
      for (Changed c : changed) {
        files.add(staging.prepare(c.target()));
      }
      // Every write ends before a failure is acted on, so that an undo cannot race a write.
      IOException[] failures = new IOException[files.size()];
      IntStream indexes = IntStream.range(0, files.size());
      (files.size() >= PARALLEL_FROM ? indexes.parallel() : indexes).forEach(i -> {
        try {
          Files.write(files.get(i), changed.get(i).bytes());
        } catch (IOException e) {
          failures[i] = e;
        }
      });
      for (IOException failure : failures) {
        if (failure != null) {
          throw failure;
        }
      }
    } catch (IOException | RuntimeException e) {
      staging.undo(e);
      throw e;
    }
    staging.commit();
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
