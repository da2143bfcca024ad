package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The diagnostic for text that snakeyaml-engine cannot read: a syntax error located where the
 * parser stopped, with a hint for the mistakes people make, except for a bracket, brace or quote
 * that is never closed, which is reported at its opening character, as compilers report an unclosed
 * delimiter: where the parser stops (the next key, the end of the file) can be far below it.
 */
final class YamlErrors {

  private YamlErrors() {}

  static Diagnostic of(MarkedYamlEngineException e, String file) {
    Diagnostic unclosed = unclosed(e, file);
    if (unclosed != null) {
      return unclosed;
    }
    Location at = e.getProblemMark().map(m -> location(m, file)).orElse(Location.ofFile(file));
    boolean limit = String.valueOf(e.getProblem()).contains("aliases");
    return Diagnostic.of(limit ? Code.YAML_LIMIT : Code.YAML_SYNTAX, at, describe(e),
        limit ? "at most " + SpecLimits.MAX_COLLECTION_ALIASES + " aliases to mappings or lists are allowed"
            : syntaxHint(String.valueOf(e.getProblem())));
  }

  static Diagnostic of(YamlEngineException e, String file) {
    boolean limit = String.valueOf(e.getMessage()).contains("aliases")
        || String.valueOf(e.getMessage()).contains("code points");
    return Diagnostic.of(limit ? Code.YAML_LIMIT : Code.YAML_SYNTAX, Location.ofFile(file),
        "YAML cannot be read: " + firstLine(e.getMessage()), "");
  }

  static Location location(Mark mark, String file) {
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1, "");
  }

  /** A flow list or mapping, or a quoted scalar, that is not closed; {@code null} for other errors. */
  private static Diagnostic unclosed(MarkedYamlEngineException e, String file) {
    Optional<Mark> opened = e.getContextMark();
    String context = String.valueOf(e.getContext());
    String problem = String.valueOf(e.getProblem());
    if (opened.isEmpty()) {
      return null;
    }
    Location at = location(opened.get(), file);
    String stopped = e.getProblemMark()
        .map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
        .orElse("the end of the file");
    if (context.equals("while parsing a flow sequence") && problem.startsWith("expected ',' or ']', but got ")) {
      return Diagnostic.of(Code.YAML_SYNTAX, at,
          "YAML syntax error: this `[` is not closed: at " + stopped + " a `,` or `]` was expected, not "
              + found(problem),
          "close the list with `]`, or write it in block style, one `- item` per line");
    }
    if (context.equals("while parsing a flow mapping") && problem.startsWith("expected ',' or '}', but got ")) {
      return Diagnostic.of(Code.YAML_SYNTAX, at,
          "YAML syntax error: this `{` is not closed: at " + stopped + " a `,` or `}` was expected, not "
              + found(problem),
          "close the mapping with `}`, or write it in block style, one `key: value` per line");
    }
    if (context.equals("while scanning a quoted scalar") && problem.equals("found unexpected end of stream")) {
      String quote = quote(opened.get());
      return Diagnostic.of(Code.YAML_SYNTAX, at,
          "YAML syntax error: this " + quote + " is not closed: the quoted value runs to the end of the file",
          "end the value with " + quote);
    }
    return null;
  }

  /** What the parser found instead of a comma or the closing bracket, from its message. */
  private static String found(String problem) {
    String token = problem.substring(problem.indexOf("but got ") + "but got ".length());
    return switch (token) {
      case "<stream end>" -> "the end of the file";
      case "<scalar>" -> "another value";
      default -> "`" + token + "`";
    };
  }

  /** The quote that opens the scalar at {@code mark}, as the user wrote it. */
  private static String quote(Mark mark) {
    int[] buffer = mark.getBuffer();
    int pointer = mark.getPointer();
    if (buffer != null && pointer >= 0 && pointer < buffer.length && buffer[pointer] == '\'') {
      return "`'`";
    }
    return "`\"`";
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    String context = e.getContext();
    String text = context == null || context.isBlank() ? problem : problem + " (" + context + ")";
    return "YAML syntax error: " + firstLine(text);
  }

  /** What usually causes the YAML errors people actually make. */
  private static String syntaxHint(String problem) {
    if (problem.contains("'\\t'") || problem.contains("tab")) {
      return "YAML does not allow tabs for indentation; indent with spaces";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "quote a value that contains `: `, or check the indentation of this line";
    }
    if (problem.contains("expected <block end>") || problem.contains("could not find expected ':'")) {
      return "check the indentation: keys of one mapping must start in the same column";
    }
    if (problem.contains("undefined alias")) {
      return "define the anchor (`&name`) before the alias (`*name`) that uses it";
    }
    if (problem.contains("merges itself")) {
      return "merge a mapping defined before this one, not one that contains the `<<`";
    }
    if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected end")) {
      return "a quote or bracket is not closed";
    }
    return "check the indentation and quoting near this position";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
