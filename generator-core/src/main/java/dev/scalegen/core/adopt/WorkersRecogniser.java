package dev.scalegen.core.adopt;

import dev.scalegen.core.spec.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the worker processes per pod of a container: a flag in its command or arguments
 * ({@code --workers 8}, {@code --workers=8}, {@code -w 8}, {@code -w8}, {@code --concurrency=4},
 * and Celery's {@code -c 4}), or a variable ({@code WEB_CONCURRENCY}, {@code UVICORN_WORKERS}) with a
 * literal count. The flag and its value are taken out of the command (scalegen appends
 * {@code FLAG COUNT} to the arguments, which uvicorn, gunicorn and Celery read anywhere on the line);
 * the variable is taken out of {@code env}. A count outside 1-1024 is left where it is.
 */
final class WorkersRecogniser {

  /** The workers found (or {@code null}), and the command, arguments and literal environment without them. */
  record Recognised(Tier.Workers workers, List<String> command, List<String> args, Map<String, String> env) {}

  private static final Set<String> LONG_FLAGS = Set.of("--workers", "--concurrency");
  private static final List<String> VARIABLES = List.of("WEB_CONCURRENCY", "UVICORN_WORKERS");
  private static final Pattern JOINED = Pattern.compile("(--workers|--concurrency)=(\\d+)|(-w)(\\d+)");

  private WorkersRecogniser() {}

  static Recognised recognise(List<String> command, List<String> args, Map<String, String> env) {
    boolean celery = command.stream().anyMatch(s -> s.equals("celery") || s.endsWith("/celery"))
        || args.stream().anyMatch(s -> s.equals("celery"));
    List<String> cmd = new ArrayList<>(command);
    List<String> arg = new ArrayList<>(args);
    Tier.Workers found = take(cmd, celery);
    if (found == null) {
      found = take(arg, celery);
    }
    if (found != null) {
      return new Recognised(found, cmd, arg, env);
    }
    for (String variable : VARIABLES) {
      Integer count = count(env.get(variable));
      if (count != null) {
        Map<String, String> rest = new java.util.LinkedHashMap<>(env);
        rest.remove(variable);
        return new Recognised(new Tier.Workers(count, null, variable), command, args, rest);
      }
    }
    return new Recognised(null, command, args, env);
  }

  /** Removes the first worker flag and its value from {@code words}; returns what it said. */
  private static Tier.Workers take(List<String> words, boolean celery) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean flag = LONG_FLAGS.contains(word) || word.equals("-w") || celery && word.equals("-c");
      if (flag && i + 1 < words.size() && count(words.get(i + 1)) != null) {
        Tier.Workers workers = new Tier.Workers(count(words.get(i + 1)), word, null);
        words.remove(i + 1);
        words.remove(i);
        return workers;
      }
      Matcher m = JOINED.matcher(word);
      if (m.matches()) {
        Integer count = count(m.group(2) != null ? m.group(2) : m.group(4));
        if (count != null) {
          words.remove(i);
          return new Tier.Workers(count, m.group(1) != null ? m.group(1) : m.group(3), null);
        }
      }
    }
    return null;
  }

  private static Integer count(String text) {
    if (text == null || !text.matches("\\d{1,4}")) {
      return null;
    }
    int n = Integer.parseInt(text);
    return n >= 1 && n <= 1024 ? n : null;
  }
}
