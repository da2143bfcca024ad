package dev.scalegen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * The Maven log of a goal that runs in full, passing every message on and keeping the
 * {@code info}, {@code warn} and {@code error} ones as lines of an {@link UpToDate} marker
 * ({@code WARN <message>}, with {@code \n} and {@code \} escaped), so that a run that finds
 * nothing changed logs the same diagnostics and summary again ({@link #replay}).
 */
final class ReplayLog implements Log {

  private final Log log;
  private final List<String> lines = new ArrayList<>();

  ReplayLog(Log log) {
    this.log = log;
  }

  /** The kept lines, in the order they were logged. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /** Keeps {@code text} to replay instead of what was logged now (a summary that says what changed). */
  void keepInstead(String level, String text) {
    lines.add(level + " " + text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"));
  }

  /** Logs the kept lines of an earlier run to {@code log}. */
  static void replay(Log log, List<String> kept) {
    for (String line : kept) {
      int space = line.indexOf(' ');
      String level = space < 0 ? "INFO" : line.substring(0, space);
      String text = unescape(space < 0 ? line : line.substring(space + 1));
      switch (level) {
        case "ERROR" -> log.error(text);
        case "WARN" -> log.warn(text);
        default -> log.info(text);
      }
    }
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override public boolean isDebugEnabled() { return log.isDebugEnabled(); }
  @Override public void debug(CharSequence content) { log.debug(content); }
  @Override public void debug(CharSequence content, Throwable error) { log.debug(content, error); }
  @Override public void debug(Throwable error) { log.debug(error); }

  @Override public boolean isInfoEnabled() { return log.isInfoEnabled(); }
  @Override public void info(CharSequence content) { log.info(content); keepInstead("INFO", String.valueOf(content)); }
  @Override public void info(CharSequence content, Throwable error) { log.info(content, error); }
  @Override public void info(Throwable error) { log.info(error); }

  @Override public boolean isWarnEnabled() { return log.isWarnEnabled(); }
  @Override public void warn(CharSequence content) { log.warn(content); keepInstead("WARN", String.valueOf(content)); }
  @Override public void warn(CharSequence content, Throwable error) { log.warn(content, error); }
  @Override public void warn(Throwable error) { log.warn(error); }

  @Override public boolean isErrorEnabled() { return log.isErrorEnabled(); }
  @Override public void error(CharSequence content) { log.error(content); keepInstead("ERROR", String.valueOf(content)); }
  @Override public void error(CharSequence content, Throwable error) { log.error(content, error); }
  @Override public void error(Throwable error) { log.error(error); }
}
