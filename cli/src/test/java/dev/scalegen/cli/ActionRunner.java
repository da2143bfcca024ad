package dev.scalegen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the composite action of {@code action.yml} as a GitHub runner would, on this machine: each
 * {@code run} step with {@code bash --noprofile --norc -eo pipefail}, its {@code env} and
 * {@code working-directory} evaluated ({@code ${{ inputs.* }}}, {@code runner.*},
 * {@code github.*}, {@code steps.*.outputs.*}), {@code GITHUB_OUTPUT} and {@code GITHUB_PATH}
 * honoured; a {@code uses} step (the cache, the upload) is not run, and recorded with its
 * condition. An expression it does not know fails the test. Stops at the first failing step.
 */
final class ActionRunner {
  static final Path ACTION = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*\\}\\}");

  /** What a run did: the failing step's exit code (0 when all passed), each step's outputs, the log, the skipped uses steps. */
  record Outcome(int exit, Map<String, String> outputs, String log, List<String> usesSteps) {}

  private final Map<String, String> context = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();
  private final Path workspace;
  private final Path temp;

  /**
   * @param workspace the user's repository ({@code GITHUB_WORKSPACE})
   * @param inputs the step's {@code with}, over the action's defaults
   * @param github {@code github.*} values and runner environment variables ({@code GITHUB_REPOSITORY}, ...)
   */
  @SuppressWarnings("unchecked")
  ActionRunner(Path workspace, Path temp, Map<String, String> inputs, Map<String, String> github) throws IOException {
    this.workspace = workspace;
    this.temp = temp;
    Map<String, Object> action = (Map<String, Object>) load(ACTION.resolve("action.yml"));
    ((Map<String, Map<String, Object>>) action.get("inputs")).forEach((name, spec) ->
        context.put("inputs." + name, String.valueOf(spec.getOrDefault("default", ""))));
    inputs.forEach((k, v) -> {
      assertThat(context).as("action.yml has the input %s", k).containsKey("inputs." + k);
      context.put("inputs." + k, v);
    });
    Path toolCache = Files.createDirectories(temp.resolve("tool-cache"));
    context.put("runner.tool_cache", toolCache.toString());
    context.put("runner.os", "Linux");
    context.put("github.token", "a-token");
    context.put("github.event.pull_request.head.repo.full_name", github.getOrDefault("head", ""));
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/local/bin:/usr/bin:/bin");
    env.put("HOME", temp.toString());
    env.put("RUNNER_TEMP", Files.createDirectories(temp.resolve("runner-temp")).toString());
    env.put("RUNNER_TOOL_CACHE", toolCache.toString());
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_ACTION_PATH", ACTION.toString());
    github.forEach((k, v) -> {
      if (k.startsWith("GITHUB_") || k.startsWith("SCALEGEN_")) {
        env.put(k, v);
      }
    });
  }

  static Object load(Path yaml) throws IOException {
    return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml));
  }

  @SuppressWarnings("unchecked")
  Outcome run() throws IOException, InterruptedException {
    List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
        load(ACTION.resolve("action.yml"))).get("runs")).get("steps");
    StringBuilder log = new StringBuilder();
    List<String> uses = new ArrayList<>();
    Map<String, String> outputs = new LinkedHashMap<>();
    Path githubPath = Files.createTempFile(temp, "github-path", "");
    for (Map<String, Object> step : steps) {
      if (step.containsKey("uses")) {
        uses.add(step.get("uses") + " if " + step.get("if"));
        continue;
      }
      assertThat(step).as("a run step has no condition (the runner here does not evaluate one)").doesNotContainKey("if");
      Path output = Files.createTempFile(temp, "output", "");
      ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
          evaluate((String) step.get("run")));
      builder.environment().clear();
      builder.environment().putAll(env);
      List<String> path = new ArrayList<>(Files.readAllLines(githubPath));
      java.util.Collections.reverse(path);
      path.add(env.get("PATH"));
      builder.environment().put("PATH", String.join(":", path));
      builder.environment().put("GITHUB_OUTPUT", output.toString());
      builder.environment().put("GITHUB_PATH", githubPath.toString());
      ((Map<String, Object>) step.getOrDefault("env", Map.of())).forEach((k, v) -> builder.environment().put(k, evaluate(String.valueOf(v))));
      Object dir = step.get("working-directory");
      builder.directory(workspace.resolve(dir == null ? "." : evaluate((String) dir)).normalize().toFile());
      builder.redirectErrorStream(true);
      Process process = builder.start();
      String text = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("step %s did not end", step.get("name"));
      }
      log.append("## ").append(step.get("name")).append('\n').append(text);
      String id = (String) step.get("id");
      for (String line : Files.readAllLines(output)) {
        int eq = line.indexOf('=');
        if (id != null && eq > 0) {
          context.put("steps." + id + ".outputs." + line.substring(0, eq), line.substring(eq + 1));
          outputs.put(id + "." + line.substring(0, eq), line.substring(eq + 1));
        }
      }
      if (process.exitValue() != 0) {
        return new Outcome(process.exitValue(), outputs, log.toString(), uses);
      }
    }
    return new Outcome(0, outputs, log.toString(), uses);
  }

  private String evaluate(String text) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = context.get(m.group(1));
      if (value == null && m.group(1).startsWith("steps.")) {
        value = "";
      }
      assertThat(value).as("the expression ${{ %s }}", m.group(1)).isNotNull();
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    return m.appendTail(b).toString();
  }
}
