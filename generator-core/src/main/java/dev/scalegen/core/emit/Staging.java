package dev.scalegen.core.emit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * <p>Each folder is looked up on disk at most once, without following a link (a link below the
 * output directory is refused): a folder whose parent does not exist does not either, and one this
 * run made holds only what the run put in it. Files are staged with {@code CREATE_NEW}, which never
 * writes through a link.
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

  private final Path root;

  Staging(Path root) {
    this.root = root;
    folders.put(root, true);
  }

  /**
   * Whether {@code folder} (the root, or a folder below it) exists as a real folder, as far as this
   * run knows; looked up on disk once, without following a link.
   *
   * @throws UnsafeOutputException when it or a folder on its way is a symbolic link
   */
  boolean exists(Path folder) throws IOException {
    Boolean exists = folders.get(folder);
    if (exists == null) {
      Path parent = folder.getParent();
      exists = (parent == null || exists(parent)) && !madeFolders.contains(parent)
          && OutputFiles.isRealFolder(root, folder);
      folders.put(folder, exists);
    }
    return exists;
  }

  /**
   * Writes {@code bytes} to a new file at {@code file}, never through a link: a leftover temporary
   * file of an interrupted run is replaced, a link in its place is refused.
   */
  static void writeNew(Path file, byte[] bytes) throws IOException {
    try {
      Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (FileAlreadyExistsException e) {
      if (Files.isSymbolicLink(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(file.toString(), null, "a link or folder where scalegen stages a file");
      }
      Files.delete(file);
      Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }
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
