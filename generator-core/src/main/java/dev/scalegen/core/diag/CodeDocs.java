package dev.scalegen.core.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The documentation of each code: its section of {@code docs/diagnostics.md}, which the build
 * packages onto the classpath. Read once; immutable afterwards.
 */
public final class CodeDocs {
  private static final String RESOURCE = "dev/scalegen/core/diag/diagnostics.md";

  private static final class Holder {
    static final Map<Code, String> SECTIONS = load();
  }

  private CodeDocs() {}

  /** The Markdown section of {@code code}, from its {@code ## SGnnn} heading to the next one, or an empty string. */
  public static String section(Code code) {
    return Holder.SECTIONS.getOrDefault(code, "");
  }

  /** The first paragraph after the heading: what the code means, in a few sentences. */
  public static String summary(Code code) {
    String[] paragraphs = section(code).split("\n\n");
    return paragraphs.length > 1 ? paragraphs[1].replace('\n', ' ').trim() : code.title();
  }

  private static Map<Code, String> load() {
    String text;
    try (InputStream in = CodeDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Code, String> sections = new EnumMap<>(Code.class);
    String[] parts = text.split("(?m)^(?=## SG\\d{3} )");
    for (String part : parts) {
      if (part.startsWith("## SG")) {
        Code code = Code.byId(part.substring(3, 8));
        if (code != null) {
          sections.put(code, part.strip() + "\n");
        }
      }
    }
    return Map.copyOf(sections);
  }
}
