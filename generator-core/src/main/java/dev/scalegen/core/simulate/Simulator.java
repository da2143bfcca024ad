package dev.scalegen.core.simulate;

import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code scalegen simulate} on a validated spec ({@link dev.scalegen.core.Generator#simulate}):
 * checks the request against the spec, reads the load, builds the input ({@link SpecSimulation})
 * and runs the engine ({@link HpaSimulation}). Stateless.
 */
public final class Simulator {

  private Simulator() {}

  public static SimulationRun run(Result validated, SimulationRequest request) {
    ScalingSpec spec = validated.spec().orElseThrow();
    String set = request.set() == null ? Options.BASELINE : request.set();
    if (!set.equals(Options.BASELINE) && !spec.scenarios().containsKey(set)) {
      return refused(validated, "the spec has no scenario `" + set + "`; its sets: " + Options.BASELINE
          + (spec.scenarios().isEmpty() ? "" : ", " + String.join(", ", spec.scenarios().keySet())));
    }
    List<String> tiers = new ArrayList<>();
    for (Tier t : spec.tiers().values()) {
      if (request.tiers().isEmpty() ? t.autoscaled() && hasTarget(t) : request.tiers().contains(t.name())) {
        tiers.add(t.name());
      }
    }
    for (String name : request.tiers()) {
      Tier t = spec.tiers().get(name);
      if (t == null || !t.autoscaled() || !hasTarget(t)) {
        return refused(validated, "`--tier " + name + "`: " + (t == null ? "the spec has no such tier"
            : t.autoscaled() && t.autoscaling().usesKeda()
                ? "the tier scales on KEDA queue triggers, which the simulation does not model (docs/simulate.md)"
                : "the tier has no `autoscaling` with a CPU or memory target, so no HPA to simulate"));
      }
    }
    if (tiers.isEmpty()) {
      return refused(validated, "the spec has no autoscaled tier with a CPU or memory target to simulate");
    }
    SimulatedLoad load;
    if (request.loadFile() != null || LoadFile.isFile(request.load())) {
      Path file = request.loadFile() != null ? request.loadFile() : Path.of(request.load().strip());
      LoadFile.Parsed read = LoadFile.read(file, file.toString(), null);
      if (read.trace() == null) {
        return new SimulationRun(validated, Optional.empty(), Optional.empty(), Optional.empty(), read.problems(), null);
      }
      if (tiers.size() > 1) {
        return refused(validated, "a load file is the load of one tier: name it with `--tier` (one of "
            + String.join(", ", tiers) + ")");
      }
      load = SimulatedLoad.of(read.trace());
    } else {
      LoadShape.Parsed parsed = LoadShape.parse(request.load());
      if (parsed.shape() == null) {
        return refused(validated, "`--load " + request.load() + "` " + parsed.problem());
      }
      load = SimulatedLoad.of(parsed.shape());
    }
    String start = request.start() == null ? SimulationClock.defaultFor(load) : request.start();
    SimulationClock clock = SimulationClock.parse(start, SpecSimulation.zone(spec));
    if (clock == null) {
      return refused(validated, "`--start " + start + "` is not a day and a time such as `Mon 12:00` or `Sat 22:30`");
    }
    Duration length = request.length() != null ? request.length() : load.defaultLength();
    Map<String, Duration> ready = new java.util.LinkedHashMap<>();
    if (request.readyAfter() != null) {
      tiers.forEach(t -> ready.put(t, request.readyAfter()));
    }
    SimulationInput input = SpecSimulation.input(spec, set, tiers, load, ready, length, clock);
    Timeline timeline = HpaSimulation.run(input);
    return new SimulationRun(validated, Optional.of(input), Optional.of(load), Optional.of(timeline), List.of(), null);
  }

  static boolean hasTarget(Tier t) {
    return t.autoscaling().cpu() != null || t.autoscaling().memory() != null;
  }

  private static SimulationRun refused(Result validated, String usage) {
    return SimulationRun.refused(validated, List.<Diagnostic>of(), usage);
  }
}
