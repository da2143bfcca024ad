package dev.scalegen.core;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One generated file, as a value: where it goes, relative to the output directory, with {@code /}
 * separators ({@code backend/deployment.yaml}), and its whole text (LF line ends, one trailing
 * newline). A build tool may write it wherever it likes.
 */
public record Manifest(String path, String content) {

  public Manifest {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
      throw new IllegalArgumentException("manifest path must be relative and use '/': " + path);
    }
  }

  /** The content as UTF-8 bytes, as written to disk. */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
