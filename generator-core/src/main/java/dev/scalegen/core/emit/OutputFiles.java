package dev.scalegen.core.emit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files below one output directory, reached without following a symbolic link: every folder
 * between the directory and a file is looked at once per run (without following links), and a file
 * is opened with {@link LinkOption#NOFOLLOW_LINKS}, so that no read, write or delete of
 * {@link OutputWriter} and {@link OutputComparison} reaches outside. A link anywhere below the
 * directory is an {@link UnsafeOutputException}. The directory itself is taken as named, link or
 * not: the user chose it. Used by one thread.
 */
final class OutputFiles {

  private static final Set<java.nio.file.OpenOption> READ_NO_LINK =
      Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

  private final Path root;
  /** Whether each folder below the root is a real folder (false: missing, or a file). */
  private final Map<Path, Boolean> folders = new HashMap<>();

  OutputFiles(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /**
   * Whether {@code folder} (the root, or a folder below it) is a real folder; false when it, or a
   * folder on its way, does not exist or is a file.
   *
   * @throws UnsafeOutputException when it or a folder on its way is a symbolic link
   */
  boolean isFolder(Path folder) throws IOException {
    // A null parent is the root too: Path.of("").resolve("x").getParent() is null.
    if (folder == null || folder.equals(root)) {
      return true;
    }
    Boolean known = folders.get(folder);
    if (known == null) {
      known = isFolder(folder.getParent()) && isRealFolder(root, folder);
      folders.put(folder, known);
    }
    return known;
  }

  /** Whether {@code path} is a folder, not following a link; false when there is nothing there. */
  static boolean isRealFolder(Path root, Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (attributes.isSymbolicLink()) {
      throw UnsafeOutputException.link(root, path);
    }
    return attributes.isDirectory();
  }

  /**
   * The bytes of {@code file} below the root, or {@code null} when it, or a folder on its way, does
   * not exist.
   *
   * @throws UnsafeOutputException when it or a folder on its way is a symbolic link
   */
  byte[] read(Path file) throws IOException {
    return isFolder(file.getParent()) ? readInFolder(root, file) : null;
  }

  /**
   * The channel's bytes, read into an array of its size (an input stream's {@code readAllBytes}
   * starts with an 8 KiB buffer and copies: ten times what a 1,000-tier run's files hold); a file
   * that shrank or grew meanwhile is read as it is now.
   */
  private static byte[] readAll(SeekableByteChannel channel) throws IOException {
    long size = channel.size();
    if (size >= Integer.MAX_VALUE - 8) {
      throw new IOException("too large to be a generated file: " + size + " bytes");
    }
    byte[] bytes = new byte[(int) size];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // until full, or the end
    }
    if (buffer.hasRemaining()) {
      return Arrays.copyOf(bytes, buffer.position());
    }
    ByteBuffer probe = ByteBuffer.allocate(1);
    int read;
    do {
      read = channel.read(probe);
    } while (read == 0);
    if (read < 0) {
      return bytes;
    }
    ByteArrayOutputStream grown = new ByteArrayOutputStream(bytes.length * 2);
    grown.write(bytes);
    grown.write(probe.array());
    grown.write(Channels.newInputStream(channel).readAllBytes());
    return grown.toByteArray();
  }

  /** The bytes of {@code file}, whose folder is known to be real, or {@code null} when there is none. */
  static byte[] readInFolder(Path root, Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_LINK)) {
      return readAll(channel);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      if (Files.isSymbolicLink(file)) {
        throw UnsafeOutputException.link(root, file);
      }
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(file + ": it is a directory, where scalegen generates a file");
      }
      throw e;
    }
  }
}
