package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a spec file into a {@link SpecSource}, refusing what is not a small UTF-8 text file before
 * any YAML parsing starts: a directory, a named pipe, a device or a socket is refused before it is
 * opened ({@code SG001}), so that no read can block. Limits are in {@link SpecLimits}.
 */
public final class SpecReader {

  /** Either the source or the one diagnostic that says why there is none. */
  public record Outcome(SpecSource source, Diagnostic problem) {}

  private SpecReader() {}

  /** Reads {@code file}, reported under {@code name}. Never throws for a bad or missing file. */
  public static Outcome read(Path file, String name) {
    byte[] bytes;
    try {
      // Looked at before it is opened: opening a named pipe blocks until a writer comes, and
      // reading a device need never end.
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        return fail(Code.FILE_UNREADABLE, name, "`" + name + "` is a directory, not a spec file",
            "name the spec file itself, e.g. `" + name + "/scaling.yaml`");
      }
      if (!attributes.isRegularFile()) {
        return fail(Code.FILE_UNREADABLE, name,
            "`" + name + "` is not a regular file (it is a named pipe, a device or a socket)",
            "save the spec to a file and name that file; scalegen does not read specs from pipes");
      }
      long size = attributes.size();
      if (size > SpecLimits.MAX_FILE_BYTES) {
        return tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        // The file may grow between size() and here: never read more than the limit plus one byte.
        bytes = in.readNBytes(SpecLimits.MAX_FILE_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      return fail(Code.FILE_UNREADABLE, name, "`" + name + "` does not exist", "check the path");
    } catch (AccessDeniedException e) {
      return fail(Code.FILE_UNREADABLE, name, "`" + name + "` cannot be read: permission denied",
          "check the file's permissions");
    } catch (IOException e) {
      return fail(Code.FILE_UNREADABLE, name, "`" + name + "` cannot be read: " + e.getMessage(), "");
    }
    if (bytes.length > SpecLimits.MAX_FILE_BYTES) {
      return tooLarge(name, bytes.length);
    }
    return decode(name, bytes);
  }

  /** Decodes bytes that were obtained elsewhere (a build tool's virtual file, a test). */
  public static Outcome decode(String name, byte[] bytes) {
    if (bytes.length > SpecLimits.MAX_FILE_BYTES) {
      return tooLarge(name, bytes.length);
    }
    String wide = wideEncoding(bytes);
    if (wide != null) {
      return new Outcome(null, Diagnostic.of(Code.NOT_UTF8_TEXT, new Location(name, 1, 1, ""),
          "`" + name + "` is encoded as " + wide + " (it starts with a " + wide + " byte-order mark)",
          "save the file as UTF-8"));
    }
    int offset = 0;
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      offset = 3;
    }
    // Whichever comes first, a NUL byte or a byte that is not UTF-8, is the one reported.
    int nul = offset;
    while (nul < bytes.length && bytes[nul] != 0) {
      nul++;
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    int bad = result.isError() ? in.position() : bytes.length;
    if (nul < bad) {
      return new Outcome(null, Diagnostic.of(Code.NOT_UTF8_TEXT, at(name, bytes, offset, nul),
          "`" + name + "` is a binary file (it contains a NUL byte)", "a spec is a YAML text file"));
    }
    if (bad < bytes.length) {
      return new Outcome(null, Diagnostic.of(Code.NOT_UTF8_TEXT, at(name, bytes, offset, bad),
          String.format("`%s` is not valid UTF-8 (byte 0x%02X at offset %d)", name, bytes[bad] & 0xFF, bad),
          "save the file as UTF-8"));
    }
    return new Outcome(new SpecSource(name, out.flip().toString()), null);
  }

  /** UTF-32 or UTF-16 (and which byte order) when the file starts with one of their byte-order marks, else {@code null}. */
  private static String wideEncoding(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return "UTF-32BE";
    }
    if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return "UTF-16BE";
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return "UTF-16LE";
    }
    return null;
  }

  /** Line and column (in characters, 1-based) of a byte offset, counting only the valid text before it. */
  private static Location at(String name, byte[] bytes, int start, int offset) {
    String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(name, line, before.codePointCount(lineStart, before.length()) + 1, "");
  }

  private static Outcome tooLarge(String name, long size) {
    return fail(Code.FILE_TOO_LARGE, name,
        String.format("`%s` is %,d bytes; specs are limited to %,d bytes", name, size, SpecLimits.MAX_FILE_BYTES),
        "a spec describes one application; split very large specs by application");
  }

  private static Outcome fail(Code code, String name, String message, String hint) {
    return new Outcome(null, Diagnostic.of(code, Location.ofFile(name), message, hint));
  }
}
