package dev.scalegen.golden.runbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code kubectl} command line of a runbook, split as a POSIX shell would split it (single and
 * double quotes, no expansions) and read as kubectl reads it: the verb and its positional
 * arguments, the flags with their values ({@code -n docvault}, {@code --from=cronjob/x}), and what
 * follows {@code --} (the command {@code kubectl exec} runs).
 *
 * @param mention a command quoted inline in the text ({@code `kubectl scale deployment x`}), not a
 *     line to run: its names are checked, its missing flags are not
 */
record KubectlCommand(String line, List<String> positional, Map<String, String> flags, List<String> afterDashes,
    boolean mention) {

  /** Flags that take the next word as their value when not written {@code --flag=value}. */
  private static final Set<String> WITH_VALUE = Set.of("-n", "--namespace", "-l", "--selector", "-k", "--kustomize",
      "-p", "--patch", "-o", "--output", "-f", "--filename", "--type", "-c", "--container", "--field-selector",
      "--tail", "--from", "--subresource");

  private static final Map<String, String> LONG = Map.of("--namespace", "-n", "--selector", "-l",
      "--kustomize", "-k", "--patch", "-p", "--output", "-o", "--filename", "-f", "--container", "-c");

  static KubectlCommand parse(String line, boolean mention) {
    List<String> words = words(line);
    if (words.isEmpty() || !words.get(0).equals("kubectl")) {
      throw new IllegalArgumentException("not a kubectl command: " + line);
    }
    List<String> positional = new ArrayList<>();
    Map<String, String> flags = new LinkedHashMap<>();
    List<String> after = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("--")) {
        after.addAll(words.subList(i + 1, words.size()));
        break;
      }
      if (w.startsWith("-")) {
        int eq = w.indexOf('=');
        String name = eq > 0 ? w.substring(0, eq) : w;
        String value = eq > 0 ? w.substring(eq + 1) : WITH_VALUE.contains(w) && i + 1 < words.size() ? words.get(++i) : "";
        flags.put(LONG.getOrDefault(name, name), value);
      } else {
        positional.add(w);
      }
    }
    return new KubectlCommand(line, positional, flags, after, mention);
  }

  String verb() {
    return positional.isEmpty() ? "" : positional.get(0);
  }

  String flag(String name) {
    return flags.get(name);
  }

  /** Words as {@code sh} splits them: blanks separate, quotes group and are removed. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed quote in: " + line);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
