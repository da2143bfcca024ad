package dev.scalegen.cli;

/** The exit codes of every command, documented in {@code --help} and {@code docs/cli.md}. */
final class ExitCode {
  /** The spec is valid (warnings allowed), or the command succeeded. */
  static final int OK = 0;
  /** The spec is invalid, or the committed output drifted from it ({@code check}). */
  static final int INVALID = 1;
  /** The command line is wrong: unknown option, missing argument. */
  static final int USAGE = 2;
  /** A file could not be read or written, or scalegen itself failed. */
  static final int IO = 3;

  /** The exit code section shown in every command's {@code --help}. */
  static final String HELP_TEXT = "%nExit codes:%n"
      + "  0  valid (warnings allowed)%n"
      + "  1  invalid spec (or, for check, drift)%n"
      + "  2  usage error%n"
      + "  3  unreadable file, I/O or internal error%n";

  private ExitCode() {}

  /**
   * What went wrong with a file, in words: the JDK's file-system exceptions carry the path as their
   * message and the reason separately ("Not a directory", "Permission denied").
   */
  static String describe(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return e.getMessage() + ": no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return e.getMessage() + ": permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return e.getMessage() + ": exists and is not a directory";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
