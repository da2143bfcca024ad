package dev.scalegen.core.simulate;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.Promise;
import java.util.List;

/**
 * One promise of a scenario after {@code check} simulated it: kept ({@code broken} empty) or broken
 * (an {@code SG303}/{@code SG304} error at the promise, or its load file's problems), the run's summary
 * line, and the steps of the time line that show it (as {@link TimelineTable#text} prints them).
 */
public record PromiseOutcome(String scenario, Promise promise, List<Diagnostic> broken, String summary,
    Resource resource, List<Step> timeline) {

  public PromiseOutcome {
    broken = List.copyOf(broken);
    timeline = List.copyOf(timeline);
  }

  /** Whether the simulation kept the promise. */
  public boolean kept() {
    return broken.isEmpty();
  }

  /** The time line of the promise's tier as a table, under a heading naming the scenario, tier and load. */
  public String timelineText() {
    return "scenario " + scenario + ", tier " + promise.tier() + ", load " + promise.load() + ":\n"
        + TimelineTable.text(promise.tier(), resource, timeline) + "  " + summary + "\n";
  }
}
