package dev.scalegen.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library never prints, never exits and holds no static mutable state: front ends decide what
 * to show and when to stop, and several builds may call it at once.
 */
class CoreHygieneTest {

  private static final Pattern FORBIDDEN = Pattern.compile("System\\.(out|err|exit)|printStackTrace\\(");
  /** A static field that is not final, or a static final collection that is created mutable. */
  private static final Pattern STATIC_MUTABLE = Pattern.compile(
      "static\\s+(?!final)(?!class|interface|record|enum|\\{|<)[\\w<>,\\[\\] ]+\\s+\\w+\\s*[=;]"
          + "|static\\s+final\\s+[\\w<>,\\[\\] ]+\\s+\\w+\\s*=\\s*new\\s+(HashMap|ArrayList|HashSet|LinkedHashMap)");

  @Test
  void coreSourcesNeitherPrintNorExitNorShareMutableState() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.trim().startsWith("*") || line.trim().startsWith("//")) {
            continue;
          }
          if (FORBIDDEN.matcher(line).find() || STATIC_MUTABLE.matcher(line).find()) {
            problems.add(file + ":" + (i + 1) + ": " + line.trim());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
