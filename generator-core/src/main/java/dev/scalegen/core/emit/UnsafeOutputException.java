package dev.scalegen.core.emit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write, a delete or a read that would leave the output directory: a symbolic link below it, or
 * an index entry that is not a path below it. A committed output folder is input that a pull
 * request controls, so scalegen refuses rather than follows; front ends report it as an I/O error
 * (the CLI exits with 3, the Maven plugin fails the execution), and nothing has been written.
 */
public final class UnsafeOutputException extends IOException {

  private UnsafeOutputException(String message) {
    super(message);
  }

  /** A symbolic link at {@code link}, below the output directory {@code dir}. */
  static UnsafeOutputException link(Path dir, Path link) {
    return new UnsafeOutputException("refusing to follow the symbolic link " + link + " below the output directory "
        + dir + ": scalegen never writes, reads or deletes through a link there (replace it by a real folder or"
        + " file, or choose another output directory)");
  }

  /** An entry of the index of {@code dir} that is not a path below it. */
  static UnsafeOutputException indexEntry(Path index, int line, String entry) {
    return new UnsafeOutputException("refusing the index " + index + ": line " + line + " `" + entry
        + "` is not a relative path below the output directory (delete that line, or the index if no one edited it)");
  }
}
