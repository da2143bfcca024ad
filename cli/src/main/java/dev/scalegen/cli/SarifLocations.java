package dev.scalegen.cli;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.SpecSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where SARIF results point, as GitHub code scanning reads them: a file below the repository root
 * is a percent-encoded URI relative to the base id {@value #BASE} (spaces, non-ASCII and every
 * reserved character encoded, {@code /} kept), which {@code originalUriBaseIds} resolves to the
 * root; a file outside it is an absolute {@code file:} URI without a base id. The root is the
 * nearest folder, from the working directory up, that holds {@code .git} (a folder, or the file of
 * a worktree or submodule); without one, the working directory. Regions end at the end of the last
 * line, in Unicode code points (the run's {@code columnKind}), when the text is at hand.
 */
final class SarifLocations {
  static final String BASE = "%SRCROOT%";

  private final Path cwd;
  private final Path root;

  SarifLocations(Path cwd) {
    this.cwd = cwd.toAbsolutePath().normalize();
    this.root = rootOf(this.cwd);
  }

  /** The repository root that URIs are relative to. */
  Path root() {
    return root;
  }

  static Path rootOf(Path cwd) {
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return cwd;
  }

  OriginalUriBaseIds baseIds() {
    return new OriginalUriBaseIds().withAdditionalProperty(BASE, new ArtifactLocation().withUri(fileUri(root) + "/"));
  }

  ArtifactLocation artifact(String file) {
    Path absolute = cwd.resolve(file).normalize();
    if (absolute.startsWith(root) && !absolute.equals(root)) {
      return new ArtifactLocation().withUri(encode(root.relativize(absolute))).withUriBaseId(BASE);
    }
    return new ArtifactLocation().withUri(fileUri(absolute));
  }

  /**
   * The physical location of {@code at}: its file, and a region from its line and column to the end
   * of line {@code endLine} (at least its own line) when it has a line. {@code source} is the
   * file's text, or {@code null} when not at hand (then the region ends with its line).
   */
  PhysicalLocation physical(Location at, int endLine, SpecSource source) {
    PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact(at.file()));
    if (at.line() <= 0) {
      return physical;
    }
    int startColumn = Math.max(1, at.column());
    int end = Math.max(at.line(), endLine);
    Region region = new Region().withStartLine(at.line()).withStartColumn(startColumn).withEndLine(end);
    if (source != null) {
      int endColumn = lengthWithoutTrailingSpace(source, end) + 1;
      region.setEndColumn(end == at.line() ? Math.max(startColumn + 1, endColumn) : Math.max(1, endColumn));
    }
    return physical.withRegion(region);
  }

  /**
   * The code points of line {@code number} without its trailing white space ({@code stripTrailing}),
   * read from its end a window at a time: many diagnostics may point into one long line (a
   * flow-style spec), and copying and counting the whole line for each was quadratic (issue 19).
   */
  static int lengthWithoutTrailingSpace(SpecSource source, int number) {
    int kept = source.lineLength(number);
    while (kept > 0) {
      int from = Math.max(0, kept - 64);
      String window = source.line(number, from, kept).stripTrailing();
      kept = from + window.codePointCount(0, window.length());
      if (!window.isEmpty()) {
        break;
      }
    }
    return kept;
  }

  private static String fileUri(Path absolute) {
    String path = encode(absolute);
    return path.startsWith("/") ? "file://" + path : "file:///" + path;
  }

  /** A path as a URI path: each segment's UTF-8 bytes percent-encoded but for RFC 3986's unreserved characters. */
  static String encode(Path path) {
    return encode(path.toString().replace('\\', '/'));
  }

  /** As {@link #encode(Path)}, for any text. */
  static String encode(String text) {
    StringBuilder b = new StringBuilder();
    for (byte x : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        b.append(c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }
}
