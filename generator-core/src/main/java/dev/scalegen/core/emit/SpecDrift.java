package dev.scalegen.core.emit;

import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.emit.OutputComparison.Difference;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SourceMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drift told where a reviewer looks: at the part of the spec whose output differs (a tier, a
 * schedule, a scenario's override of either), not at generated files that a pull request may not
 * even touch. {@code diagnostic} is an {@link Code#OUTPUT_DRIFT} at that part's key, naming the files;
 * {@code endLine} is the last line of its block; {@code files} holds the per-file diagnostics of
 * {@link Difference#diagnostic}, and {@code paths} their paths below the output directory, as the
 * message names them. Which part makes which file: {@link DriftOwner}.
 */
public record SpecDrift(Diagnostic diagnostic, int endLine, List<String> paths, List<Diagnostic> files) {

  /** How many file names the message lists; the rest are counted ("and 3 more"). */
  static final int NAMED_FILES = 5;

  public SpecDrift {
    paths = List.copyOf(paths);
    files = List.copyOf(files);
  }

  /**
   * The drift of a {@code check}, one entry per part of the spec, in the order of the spec's lines.
   *
   * @param result the compiled result (it holds the spec and its source map)
   * @param drift the differences, as {@link OutputComparison#compare} found them
   * @param dir the output directory as the user named it
   * @param specName the spec as the user named it
   */
  public static List<SpecDrift> of(Result result, List<Difference> drift, String dir, String specName) {
    ScalingSpec spec = result.spec().orElseThrow(() -> new IllegalArgumentException("result has no spec"));
    DriftOwner owner = new DriftOwner(spec, baseDrift(drift));
    Map<String, List<Difference>> byOwner = new LinkedHashMap<>();
    for (Difference d : drift) {
      byOwner.computeIfAbsent(owner.of(d.path()), k -> new ArrayList<>()).add(d);
    }
    SourceMap source = spec.source();
    Map<String, Integer> lastLines = source.lastLines(byOwner.keySet());
    List<SpecDrift> report = new ArrayList<>();
    for (Map.Entry<String, List<Difference>> e : byOwner.entrySet()) {
      Location at = source.keyAt(e.getKey());
      List<Diagnostic> files = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      for (Difference d : e.getValue()) {
        files.add(d.diagnostic(dir, specName));
        paths.add(d.path());
      }
      String hint = files.get(0).hint();
      String message = "`" + SourceMap.dotted(e.getKey()) + "` compiles to " + count(e.getValue().size())
          + " that differ" + (e.getValue().size() == 1 ? "s" : "") + " from `" + dir + "`: " + names(e.getValue());
      int end = Math.max(at.line(), lastLines.getOrDefault(e.getKey(), 0));
      report.add(new SpecDrift(Diagnostic.of(Code.OUTPUT_DRIFT, at, message, hint), end, paths, files));
    }
    report.sort((a, b) -> a.diagnostic().location().compareTo(b.diagnostic().location()));
    return report;
  }

  private static Set<String> baseDrift(List<Difference> drift) {
    Set<String> base = new HashSet<>();
    String prefix = Options.BASELINE + "/";
    for (Difference d : drift) {
      if (d.path().startsWith(prefix)) {
        base.add(d.path().substring(prefix.length()));
      }
    }
    return base;
  }

  private static String count(int n) {
    return n == 1 ? "a file" : n + " files";
  }

  private static String names(List<Difference> drift) {
    StringBuilder b = new StringBuilder();
    int shown = Math.min(NAMED_FILES, drift.size());
    for (int i = 0; i < shown; i++) {
      Difference d = drift.get(i);
      b.append(i == 0 ? "" : ", ").append('`').append(d.path()).append("` (")
          .append(d.kind().name().toLowerCase(java.util.Locale.ROOT)).append(')');
    }
    if (drift.size() > shown) {
      b.append(" and ").append(drift.size() - shown).append(" more");
    }
    return b.toString();
  }
}
