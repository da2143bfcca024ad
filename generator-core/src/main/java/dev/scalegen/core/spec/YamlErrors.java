package dev.scalegen.core.spec;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The diagnostic for text that snakeyaml-engine cannot read: a syntax error located where the
 * parser stopped, with a hint for the mistakes people make, except for a bracket, brace or quote
 * that is never closed, which is reported at its opening character, as compilers report an unclosed
 * delimiter: where the parser stops (the next key, the end of the file) can be far below it.
 */
final class YamlErrors {

  private YamlErrors() {}

  static Diagnostic of(MarkedYamlEngineException e, SpecSource source) {
    String file = source.name();
    Diagnostic unclosed = unclosed(e, source);
    if (unclosed != null) {
      return unclosed;
    }
    Diagnostic explained = e.getProblemMark().map(m -> explained(e, m, source)).orElse(null);
    if (explained != null) {
      return explained;
    }
    Location at = e.getProblemMark().map(m -> location(m, file)).orElse(Location.ofFile(file));
    boolean limit = String.valueOf(e.getProblem()).contains("aliases");
    return Diagnostic.of(limit ? Code.YAML_LIMIT : Code.YAML_SYNTAX, at, describe(e),
        limit ? "at most " + SpecLimits.MAX_COLLECTION_ALIASES + " aliases to mappings or lists are allowed"
            : syntaxHint(String.valueOf(e.getProblem())));
  }

  static Diagnostic of(YamlEngineException e, SpecSource source) {
    String file = source.name();
    if (e instanceof ReaderException r) {
      return unprintable(r.getCodePoint(), source);
    }
    boolean limit = String.valueOf(e.getMessage()).contains("aliases")
        || String.valueOf(e.getMessage()).contains("code points");
    return Diagnostic.of(limit ? Code.YAML_LIMIT : Code.YAML_SYNTAX, Location.ofFile(file),
        "YAML cannot be read: " + firstLine(e.getMessage()), "");
  }

  /**
   * A character that YAML does not allow in a stream (a control character other than tab and line
   * breaks, a non-character). The reader stops at the first one, so it is the first of its value.
   */
  private static Diagnostic unprintable(int codePoint, SpecSource source) {
    String text = source.text();
    int at = text.indexOf(new String(Character.toChars(codePoint)));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    Location where = at < 0 ? Location.ofFile(source.name())
        : new Location(source.name(), line, text.codePointCount(lineStart, at) + 1, "");
    String name = String.format("U+%04X", codePoint);
    String known = Character.getName(codePoint);
    return Diagnostic.of(Code.UNPRINTABLE_CHARACTER, where,
        "`" + source.name() + "` holds the character " + name + (known == null ? "" : " (" + known + ")")
            + ", which YAML does not allow in a file",
        "remove it; a value that must hold it writes it as an escape in double quotes, e.g. `\"\\x07\"`");
  }

  static Location location(Mark mark, String file) {
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1, "");
  }

  /** A flow list or mapping, or a quoted scalar, that is not closed; {@code null} for other errors. */
  private static Diagnostic unclosed(MarkedYamlEngineException e, SpecSource source) {
    String file = source.name();
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
    boolean flow = context.equals("while parsing a flow sequence") || context.equals("while parsing a flow mapping");
    if (flow && FlowClosure.of(source, opened.get()) == FlowClosure.State.CLOSED) {
      // Closed further down: the parser stopped at a token it does not accept inside; say where.
      boolean list = context.endsWith("sequence");
      String colon = found(problem).equals("`:`")
          ? "put the `:` right after its key, on the same line; scalegen's YAML reader needs it there (docs/yaml.md)"
          : "separate the entries with `,`";
      return Diagnostic.of(Code.YAML_SYNTAX, e.getProblemMark().map(m -> location(m, file)).orElse(at),
          "YAML syntax error: a `,` or `" + (list ? "]" : "}") + "` was expected here, not " + found(problem)
              + ", inside the " + (list ? "list" : "mapping") + " that opens at line " + at.line() + ", column "
              + at.column(),
          colon);
    }
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

  /**
   * The errors that the parser's words explain badly: a tab that YAML 1.2 would accept as a space
   * or that indents, and a `:` with nothing before it (an empty key, or a plain value that starts
   * with `:`). {@code null} for other errors.
   */
  private static Diagnostic explained(MarkedYamlEngineException e, Mark m, SpecSource source) {
    String problem = String.valueOf(e.getProblem());
    String line = source.line(m.getLine() + 1);
    int column = Math.min(m.getColumn(), line.codePointCount(0, line.length()));
    String before = line.substring(0, line.offsetByCodePoints(0, column)).strip();
    Location at = location(m, source.name());
    if (problem.startsWith("found character '\\t(TAB)' that cannot start any token")) {
      return before.isEmpty()
          ? Diagnostic.of(Code.YAML_SYNTAX, at, "YAML syntax error: a tab indents this line; YAML indents with spaces",
              "indent with spaces")
          : Diagnostic.of(Code.YAML_SYNTAX, at,
              "YAML syntax error: a tab separates `" + before + "` from what follows; scalegen's YAML reader accepts"
                  + " only spaces there (docs/yaml.md)",
              "replace the tab with a space");
    }
    if (problem.equals("expected <block end>, but found ':'") || problem.equals("expected the node content, but found ':'")) {
      String after = line.substring(line.offsetByCodePoints(0, column));
      boolean indicator = after.length() < 2 || " \t,]}".indexOf(after.charAt(1)) >= 0; // else `:x` is a value
      if (indicator && (before.isEmpty() || before.endsWith("{") || before.endsWith(",") || before.endsWith("[")
          || before.endsWith("?"))) {
        return Diagnostic.of(Code.NON_STRING_KEY, at,
            "this key is empty, and YAML reads an empty key as null; keys of a spec are strings",
            "write the key's name before the `:`");
      }
      return Diagnostic.of(Code.YAML_SYNTAX, at,
          "YAML syntax error: a value that starts with `:` must be quoted for scalegen's YAML reader (docs/yaml.md)",
          "quote the value");
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
