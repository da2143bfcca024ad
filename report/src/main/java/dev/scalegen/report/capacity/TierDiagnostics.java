package dev.scalegen.report.capacity;

import dev.scalegen.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tier a diagnostic concerns, from the spec path of its location: {@code /tiers/T/...} and
 * {@code /schedules/S/set/T/...} concern tier T in every set, {@code /scenarios/N/tiers/T/...} tier T
 * in scenario N only. The others (metadata, node pools, the scheduler, a whole schedule) concern no
 * tier and are listed with the spec.
 */
final class TierDiagnostics {

  private static final Pattern TIER = Pattern.compile("^(?:/scenarios/([^/]+))?/tiers/([^/]+)(?:/.*)?$");
  private static final Pattern SCHEDULED = Pattern.compile("^/(?:scenarios/[^/]+/)?schedules/[^/]+/set/([^/]+)(?:/.*)?$");

  private final List<Diagnostic> diagnostics;

  TierDiagnostics(List<Diagnostic> diagnostics) {
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The diagnostics about tier {@code tier} as set {@code set} has it. */
  List<Diagnostic> of(String tier, String set) {
    List<Diagnostic> found = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      String path = d.location().specPath() == null ? "" : d.location().specPath();
      Matcher m = TIER.matcher(path);
      Matcher s = SCHEDULED.matcher(path);
      if (m.matches() && m.group(2).equals(tier) && (m.group(1) == null || m.group(1).equals(set))
          || s.matches() && s.group(1).equals(tier)) {
        found.add(d);
      }
    }
    return found;
  }

  /** The diagnostics that concern no tier. */
  List<Diagnostic> general() {
    return diagnostics.stream().filter(d -> {
      String path = d.location().specPath() == null ? "" : d.location().specPath();
      return !TIER.matcher(path).matches() && !SCHEDULED.matcher(path).matches();
    }).toList();
  }
}
