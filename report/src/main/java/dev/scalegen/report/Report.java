package dev.scalegen.report;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.ScenarioResolver;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.report.capacity.CapacityReport;
import dev.scalegen.report.capacity.CapacityReports;
import dev.scalegen.report.capacity.PodSize;
import dev.scalegen.report.cost.PriceFile;
import dev.scalegen.report.cost.Prices;
import dev.scalegen.report.nodes.NodeShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The front door of the capacity report: reads, validates and compiles a spec with the core
 * ({@link Generator#generate}, so that every diagnostic a {@code generate} would report is in the
 * report), reads the price file, and builds the {@link CapacityReport}. Never prints, never exits,
 * never throws for bad input; {@link ReportFiles} writes it.
 */
public final class Report {

  private Report() {}

  /**
   * The report ({@code null} when the spec or the price file has an error) and the diagnostics as
   * the core's {@link Result}s, so that front ends print and count them as for any command: the
   * spec's (with {@code SG505} for a pod larger than a node of its pool), then the price file's.
   */
  public record Outcome(CapacityReport report, List<Result> results) {
    public Outcome {
      results = List.copyOf(results);
    }

    public boolean valid() {
      return report != null;
    }

    /** Every diagnostic, the spec's first. */
    public List<Diagnostic> diagnostics() {
      return results.stream().flatMap(r -> r.diagnostics().stream()).toList();
    }
  }

  /** The report of the spec at {@code file}, named {@code name} in diagnostics. */
  public static Outcome build(Path file, String name, ReportOptions options) {
    Result result = Generator.generate(file, name, Options.defaults());
    if (!result.valid() || result.spec().isEmpty()) {
      return new Outcome(null, List.of(result));
    }
    ScalingSpec spec = result.spec().get();
    Prices prices = Prices.NONE;
    Result priceResult = null;
    if (options.prices() != null) {
      PriceFile.Outcome read = PriceFile.read(options.prices(), options.pricesName(), CapacityReports.poolsInUse(spec));
      priceResult = new Result(Optional.ofNullable(read.source()), Optional.empty(), read.diagnostics());
      if (read.prices() == null) {
        return new Outcome(null, List.of(result, priceResult));
      }
      prices = read.prices();
    }
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    diagnostics.addAll(oversized(spec, prices));
    Result specResult = new Result(result.source(), result.spec(), diagnostics);
    CapacityReport report = CapacityReports.build(spec, specResult.diagnostics(), options.monday(), prices);
    return new Outcome(report, priceResult == null ? List.of(specResult) : List.of(specResult, priceResult));
  }

  /** {@code SG505}: each tier whose pod, in some set, requests more than a node of its pool can give. */
  private static List<Diagnostic> oversized(ScalingSpec spec, Prices prices) {
    List<Diagnostic> found = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (ScenarioResolver.EffectiveSet set : ScenarioResolver.resolveAll(spec, Options.defaults())) {
      for (ScenarioResolver.EffectiveTier effective : set.tiers().values()) {
        Tier tier = effective.tier();
        String pool = tier.placement() == null || tier.placement().pool() == null ? CapacityReports.OTHER
            : tier.placement().pool();
        NodeShape shape = prices.shape(pool);
        PodSize pod = PodSize.of(tier.resources());
        if (!shape.holds(pod.cpuRequest(), pod.memoryRequest()) && reported.add(tier.name())) {
          found.add(Diagnostic.of(Code.POD_LARGER_THAN_NODE,
              spec.source().valueAt("/tiers/" + tier.name() + "/resources/requests"),
              "a pod of `" + tier.name() + "` requests " + number(pod.cpuRequest()) + " CPU and "
                  + number(pod.memoryRequest()) + " GiB, more than a node of pool `" + pool + "` can give ("
                  + number(shape.allocatableCpu()) + " CPU, " + number(shape.allocatableMemory()) + " GiB)"
                  + (set.scenario() == null ? "" : " in scenario `" + set.name() + "`"),
              "its pods are left out of the node counts; give the pool a larger `nodeShape` in the price file,"
                  + " or lower the tier's requests"));
        }
      }
    }
    return found;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
  }
}
