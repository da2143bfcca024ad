package dev.scalegen.core.simulate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.Promise;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The words of {@link PromiseCheck}: a broken promise's diagnostic, and a run's summary line. */
final class PromiseMessages {

  private PromiseMessages() {}

  static Diagnostic notReached(Location at, String scenario, Promise p, List<Step> steps, Duration from,
      Duration within, Optional<Duration> ready) {
    Duration by = from.plus(within);
    int readyThen = 0;
    for (Step s : steps) {
      if (s.t().compareTo(by) <= 0) {
        readyThen = s.ready();
      }
    }
    String when = ready.map(d -> ", and gets there " + DurationText.format(d) + " after it")
        .orElse(", and never gets there in the " + DurationText.format(steps.get(steps.size() - 1).t()) + " simulated");
    return Diagnostic.of(Code.PROMISE_NOT_REACHED, at, "`expect." + p.tier() + ".reaches` promises " + p.reaches()
        + " ready pods within " + p.within() + " of the load's change in scenario `" + scenario + "`, but under `"
        + p.load() + "` tier `" + p.tier() + "` has " + readyThen + " ready pods " + p.within() + " after it" + when,
        "scale up faster (`behavior: fast-up`, or larger scale-up policies), start pods faster (`readyAfter`), raise"
            + " `min`, or promise what the time line shows");
  }

  static Diagnostic exceeded(Location at, String scenario, Promise p, Step step) {
    return Diagnostic.of(Code.PROMISE_EXCEEDED, at, "`expect." + p.tier() + ".neverAbove` promises at most "
        + p.neverAbove() + " pods in scenario `" + scenario + "`, but under `" + p.load() + "` the HPA of tier `"
        + p.tier() + "` asks for " + step.desired() + " at " + DurationText.format(step.t()),
        "lower `autoscaling.max` to " + p.neverAbove() + " in the scenario, or promise " + step.desired());
  }

  /** {@code backend: 50 pods ready 2m15s after the load's change (desired 1m), ...} ({@link TierSummary#describe}). */
  static String summary(TierSummary s, Duration from) {
    return s.tier() + ": " + s.describe(from);
  }
}
