package dev.scalegen.core.emit;

import dev.scalegen.core.Generator;
import dev.scalegen.core.InParallel;
import dev.scalegen.core.Manifest;
import dev.scalegen.core.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
 * foreign files is not cleaned: a stale file is deleted only when the index lists it and it still
 * starts with scalegen's header. Two writers on one directory at once are not coordinated.
 *
 * <p>A write owns only the sets it is given ({@link OwnedSets}): stale files are looked for in
 * their folders only, and the index keeps its entries of the others. Writing the baseline alone
 * into {@code DIR/base/} leaves {@code DIR/sudden-spike/} alone, and an empty list of manifests
 * writes and deletes nothing; only {@link #write(Result, Path)} with every set of its spec cleans
 * the folders of sets that the spec no longer has.
 *
 * <p>Nothing is read, written or deleted through a symbolic link below the directory, and an index
 * entry that is not a path below it is refused ({@link UnsafeOutputException}, before anything is
 * written): a committed output folder may come from a pull request.
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

  /**
   * Writes the manifests of a {@link Generator#generate} result into {@code dir}: the safe call.
   * When the result holds every set of its spec, the write owns the whole directory (the folder of
   * a removed scenario is cleaned); otherwise it owns the sets it holds only.
   *
   * @throws IllegalArgumentException when the result has an error (it has no manifests)
   */
  public static Report write(Result result, Path dir) throws IOException {
    return write(result.manifests(), dir, OwnedSets.of(result));
  }

  /**
   * Writes {@code manifests} into {@code dir}, owning the sets they hold (the first folder of each
   * path): stale files of those sets are deleted, other sets' files and index entries are left as
   * they are. No manifests: nothing is written or deleted.
   */
  public static Report write(List<Manifest> manifests, Path dir) throws IOException {
    return write(manifests, dir, OwnedSets.of(manifests));
  }

  private static Report write(List<Manifest> manifests, Path dir, OwnedSets owned) throws IOException {
    if (manifests.isEmpty()) {
      return new Report(List.of(), List.of(), List.of());
    }
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir); // (which throws, and catches, an exception when dir exists)
    }
    OutputFiles files = new OutputFiles(dir);
    Set<String> listed = OutputIndex.read(files);
    Set<String> previous = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    for (String path : listed) {
      (owned.owns(path) ? previous : kept).add(path);
    }
    Staging staging = new Staging(dir);
    List<Changed> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    Set<String> current = new LinkedHashSet<>();
    List<Target> targets = new ArrayList<>(manifests.size());
    for (Manifest m : manifests) {
      current.add(m.path());
      Path target = dir.resolve(m.path());
      targets.add(new Target(m, target, staging.exists(target.getParent())));
    }
    List<Found> found = readAll(targets, dir);
    for (Found f : found) {
      Target t = f.target();
      if (f.state() == State.UNCHANGED) {
        unchanged.add(t.manifest().path());
      } else if (f.state() == State.NEW || previous.contains(t.manifest().path()) || f.state() == State.OURS) {
        changed.add(new Changed(t.manifest().path(), t.file(), f.bytes()));
      } else {
        foreign.add(t.file().toString());
      }
    }
    if (!foreign.isEmpty()) {
      throw new ForeignFileException("refusing to overwrite files that scalegen did not generate: "
          + String.join(", ", foreign) + " (move them away, or choose another output directory)");
    }
    List<Path> stale = stale(previous, current, files);
    write(changed, staging);
    List<String> deleted = delete(stale, dir);
    Set<String> indexed = new LinkedHashSet<>(kept);
    indexed.addAll(current);
    byte[] index = OutputIndex.render(indexed).getBytes(StandardCharsets.UTF_8);
    Path indexFile = dir.resolve(OutputIndex.FILE_NAME);
    if (!Arrays.equals(files.read(indexFile), index)) {
      write(List.of(new Changed(OutputIndex.FILE_NAME, indexFile, index)), staging);
    }
    List<String> written = new ArrayList<>(changed.size());
    for (Changed c : changed) {
      written.add(c.path());
    }
    return new Report(written, unchanged, deleted);
  }

  static boolean generatedByScalegen(byte[] content) {
    byte[] prefix = ManifestEmitter.HEADER_PREFIX.getBytes(StandardCharsets.UTF_8);
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** A manifest, the file it goes to, and whether that file's folder is there (so the file may be). */
  private record Target(Manifest manifest, Path file, boolean inFolder) {}

  /** What is at a manifest's file now: nothing, the same bytes, other bytes that scalegen wrote, or someone else's. */
  private enum State { NEW, UNCHANGED, OURS, FOREIGN }

  /**
   * A target, what is at its file, and its bytes when they are to be written ({@code null} when
   * unchanged): neither copy of an unchanged file is kept, for 5,000 files that is 25 MB less
   * memory while the rest are read.
   */
  private record Found(Target target, State state, byte[] bytes) {
    static Found of(Target t, Path dir) {
      byte[] bytes = t.manifest().bytes();
      byte[] existing;
      try {
        existing = t.inFolder() ? OutputFiles.readInFolder(dir, t.file()) : null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (existing == null) {
        return new Found(t, State.NEW, bytes);
      }
      if (Arrays.equals(existing, bytes)) {
        return new Found(t, State.UNCHANGED, null);
      }
      return new Found(t, generatedByScalegen(existing) ? State.OURS : State.FOREIGN, bytes);
    }
  }

  /**
   * Every target's bytes and file; from {@link #PARALLEL_FROM} targets on, read on this thread and
   * the common fork-join pool together (5,000 small files one after the other took 150 ms).
   */
  private static List<Found> readAll(List<Target> targets, Path dir) throws IOException {
    try {
      return targets.size() >= PARALLEL_FROM ? InParallel.map(targets, t -> Found.of(t, dir))
          : targets.stream().map(t -> Found.of(t, dir)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A file to write: its relative path, where it goes, and its bytes. */
  private record Changed(String path, Path target, byte[] bytes) {}

  /**
   * Stages every changed file, then commits them; after a failure while staging, removes what it
   * made. The folders are made in order on this thread; from {@link #PARALLEL_FROM} files on, the
   * files are written on this thread and the common fork-join pool together (creating a file is a system call that costs
   * about 0.1 ms on a virtual machine's disk: a third of a 1,000-tier run on one core).
   */
  private static void write(List<Changed> changed, Staging staging) throws IOException {
    try {
      List<Path> files = new ArrayList<>(changed.size());
      for (Changed c : changed) {
        files.add(staging.prepare(c.target()));
      }
      // Every write ends before a failure is acted on, so that an undo cannot race a write.
      List<Integer> indexes = IntStream.range(0, files.size()).boxed().toList();
      Function<Integer, IOException> writeOne = i -> {
        try {
          Staging.writeNew(files.get(i), changed.get(i).bytes());
          return null;
        } catch (IOException e) {
          return e;
        }
      };
      List<IOException> failures = files.size() >= PARALLEL_FROM
          ? InParallel.map(indexes, writeOne) : indexes.stream().map(writeOne).toList();
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

  /**
   * The files that the previous run generated and this one does not, found before anything is
   * written, so that a link on their way stops the run first: each must still be there and start
   * with scalegen's header (a file that someone replaced is theirs now, and left alone).
   */
  private static List<Path> stale(Set<String> previous, Set<String> current, OutputFiles files) throws IOException {
    List<Path> stale = new ArrayList<>();
    for (String path : previous) {
      if (!current.contains(path)) {
        Path file = files.root().resolve(path);
        byte[] bytes = files.read(file);
        if (bytes != null && generatedByScalegen(bytes)) {
          stale.add(file);
        }
      }
    }
    return stale;
  }

  /** Deletes stale files, and the folders they leave empty; returns their relative paths. */
  private static List<String> delete(List<Path> stale, Path dir) throws IOException {
    List<String> deleted = new ArrayList<>();
    for (Path file : stale) {
      Files.delete(file);
      deleted.add(dir.relativize(file).toString().replace('\\', '/'));
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
