package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an imported spec to its file, atomically: the text goes to a temporary file in the same
 * folder, which is then moved into place, so a reader sees the old file or the whole new one, never
 * half of it, and a failed write leaves nothing behind. An existing file is never replaced unless
 * {@code force} is set ({@code SG409}): it may be a spec someone already edited.
 */
public final class SpecFile {

  private SpecFile() {}

  /**
   * A new empty file beside the spec, with the permissions any new file of the user gets
   * ({@code Files.createTempFile} would make it, and so the spec, readable by its owner only).
   */
  private static Path newSibling(Path dir, String name) throws IOException {
    while (true) {
      Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
          + ".tmp");
      try {
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        // taken: another name
      }
    }
  }

  /** Writes {@code text} to {@code file}; the diagnostic that says why not, or empty when it was written. */
  public static Optional<Diagnostic> write(Path file, String name, String text, boolean force) {
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(exists(name));
    }
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = newSibling(dir, file.getFileName().toString());
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      if (force) {
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        temp = null;
      } else {
        // A hard link appears whole and fails when the name is taken, even by a file made since the
        // check above (a rename would replace it); the temporary name is removed below. A file
        // system without hard links (createLink's UnsupportedOperationException) gets a rename
        // without REPLACE_EXISTING instead: it too refuses a taken name, though not atomically.
        try {
          try {
            Files.createLink(file, temp);
          } catch (UnsupportedOperationException e) {
            Files.move(temp, file);
            temp = null;
          }
        } catch (FileAlreadyExistsException e) {
          return Optional.of(exists(name));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(Diagnostic.of(Code.OUTPUT_UNWRITABLE, Location.ofFile(name),
          "`" + name + "` cannot be written: " + e.getMessage(), "check the folder's permissions and free space"));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file stays; the diagnostic above says what failed
        }
      }
    }
  }

  private static Diagnostic exists(String name) {
    return Diagnostic.of(Code.OUTPUT_EXISTS, Location.ofFile(name), "`" + name + "` already exists; import does not replace it",
        "name another file with `-o`, or pass `--force` to replace it");
  }
}
