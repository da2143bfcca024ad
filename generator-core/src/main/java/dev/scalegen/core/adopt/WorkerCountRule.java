package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import java.util.List;

/**
 * {@code SG433}: the spec owns the worker count, so the base must not set it otherwise: the flag
 * ({@code --workers 4} or {@code --workers=4}) in the container's {@code command} or {@code args},
 * or the variable in its {@code env} with another value or from a Secret or ConfigMap. The same
 * count is fine (the overlay then leaves it). Located at the base's value.
 */
final class WorkerCountRule implements AdoptionRule {

  @Override
  public void check(ScalingSpec spec, Tier tier, AdoptedWorkload w, BaseManifests base, List<Diagnostic> out) {
    Tier.Workers workers = tier.workers();
    if (workers == null || workers.count() == null) {
      return;
    }
    String count = String.valueOf(workers.count());
    String hint = "remove it from the base: tier `" + tier.name() + "` sets the count (`workers.count: " + count + "`)";
    if (workers.arg() != null) {
      for (String field : List.of("command", "args")) {
        WorkerFlag found = WorkerFlag.find(w.workload(), w.containerPointer() + "/" + field, workers.arg());
        if (found != null && !count.equals(found.value())) {
          out.add(Diagnostic.of(Code.WORKERS_SET_IN_BASE, w.workload().location(found.pointer()),
              w.workload().id() + " already passes `" + workers.arg() + " " + found.value() + "` in `" + field
                  + "` of container `" + w.containerName() + "`, not the spec's " + count, hint));
        }
      }
    }
    if (workers.env() != null && w.workload().at(w.containerPointer() + "/env") instanceof List<?> env) {
      for (int i = 0; i < env.size(); i++) {
        String at = w.containerPointer() + "/env/" + i;
        if (workers.env().equals(w.workload().text(at + "/name"))) {
          String value = w.workload().text(at + "/value");
          if (w.workload().at(at + "/valueFrom") != null || !count.equals(value)) {
            String from = value != null ? "`" + value + "`" : "a reference (`valueFrom`)";
            out.add(Diagnostic.of(Code.WORKERS_SET_IN_BASE, w.workload().location(value != null ? at + "/value" : at),
                w.workload().id() + " already sets `" + workers.env() + "` to " + from + " in container `"
                    + w.containerName() + "`, not the spec's " + count, hint));
          }
        }
      }
    }
  }
}
