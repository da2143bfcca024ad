package dev.scalegen.core.emit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage and commit steps of one {@link OutputWriter} run, and what it knows of the folders
 * under the output directory.
 *
 * <p>A file whose folder exists is written to a temporary sibling ({@code .deployment.yaml.scalegen-tmp})
 * that the commit moves over it. A file whose folder does not exist yet is written into a temporary
 * folder that stands in for the topmost missing one ({@code .base.scalegen-tmp} for {@code base}),
 * and the commit renames that folder into place: a new folder appears whole, with every file in it
 * complete, and a fresh output directory costs one rename instead of one per file. Should a
 * temporary folder be left over from an interrupted run, the missing folder is made right away and
 * its files are staged one by one. After a failure, {@link #undo} removes every file and folder the
 * stage made, so the output is left as it was.
 *
 * <p>Each folder is looked up on disk at most once: a folder whose parent does not exist does not
 * either, one a file was read from exists, and one this run made holds only what the run put in it.
 */
final class Staging {

  static final String SUFFIX = ".scalegen-tmp";

  private record Move(Path from, Path to) {}

  /** Whether each folder exists, as far as this run has learnt. */
  private final Map<Path, Boolean> folders = new HashMap<>();
  /** Real folders this run made. */
  private final Set<Path> madeFolders = new HashSet<>();
  /** A missing folder, and the temporary folder written in its place. */
  private final Map<Path, Path> standIns = new HashMap<>();
  /** Folders made inside the temporary ones. */
  private final Set<Path> madeInside = new HashSet<>();
  /** Every file and folder the stage made, the latest first: what {@link #undo} removes. */
  private final Deque<Path> made = new ArrayDeque<>();
  private final List<Move> moves = new ArrayList<>();

  Staging(Path root) {
    folders.put(root, true);
  }

  /** False when {@code folder} or one of its parents is known not to exist; looks up only its parents. */
  boolean mayExist(Path folder) {
    Boolean exists = folders.get(folder);
    if (exists != null) {
      return exists;
    }
    Path parent = folder.getParent();
    return parent == null || exists(parent);
  }

  /** Records that {@code folder} exists: a file was read from it. */
  void found(Path folder) {
    folders.put(folder, true);
  }

  boolean exists(Path folder) {
    Boolean exists = folders.get(folder);
    if (exists == null) {
      Path parent = folder.getParent();
      exists = (parent == null || exists(parent)) && !madeFolders.contains(parent) && Files.isDirectory(folder);
      folders.put(folder, exists);
    }
    return exists;
  }

  /**
   * Makes the folders the bytes of {@code target} will be written in, and returns the file to write
   * them to, which the commit moves to {@code target} (and an undo deletes). Call from one thread;
   * the files themselves may then be written from several.
   */
  Path prepare(Path target) throws IOException {
    Path file = place(target);
    made.push(file);
    return file;
  }

  /** Where the bytes of {@code target} are written first. */
  private Path place(Path target) throws IOException {
    Path folder = target.getParent();
    if (exists(folder)) {
      Path temp = target.resolveSibling("." + target.getFileName() + SUFFIX);
      moves.add(new Move(temp, target));
      return temp;
    }
    Path top = folder;
    while (!exists(top.getParent())) {
      top = top.getParent();
    }
    Path standIn = standIns.get(top);
    if (standIn == null) {
      if (Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(top.toString()); // a file where a folder goes
      }
      standIn = top.resolveSibling("." + top.getFileName() + SUFFIX);
      try {
        Files.createDirectory(standIn);
      } catch (FileAlreadyExistsException leftOver) {
        Files.createDirectory(top);
        made.push(top);
        madeFolders.add(top);
        folders.put(top, true);
        return place(target);
      }
      made.push(standIn);
      madeInside.add(standIn);
      standIns.put(top, standIn);
      moves.add(new Move(standIn, top));
    }
    Path file = standIn.resolve(top.relativize(target));
    makeInside(file.getParent());
    return file;
  }

  private void makeInside(Path folder) throws IOException {
    if (madeInside.contains(folder)) {
      return;
    }
    makeInside(folder.getParent());
    Files.createDirectory(folder);
    made.push(folder);
    madeInside.add(folder);
  }

  /** Moves every staged file and folder into place (atomically where the file system can). */
  void commit() throws IOException {
    for (Move m : moves) {
      try {
        Files.move(m.from(), m.to(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(m.from(), m.to(), StandardCopyOption.REPLACE_EXISTING);
      }
      folders.put(m.to().getParent(), true);
    }
    if (!standIns.isEmpty()) {
      folders.values().removeIf(exists -> !exists); // folders moved into place now exist
      for (Path top : standIns.keySet()) {
        folders.put(top, true);
      }
    }
    moves.clear();
    made.clear();
    standIns.clear();
    madeInside.clear();
  }

  /** Removes what the stage made, after a failure; problems doing so are added to {@code cause}. */
  void undo(Exception cause) {
    while (!made.isEmpty()) {
      Path path = made.pop();
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
      folders.remove(path);
      madeFolders.remove(path);
    }
    moves.clear();
    standIns.clear();
    madeInside.clear();
  }
}
