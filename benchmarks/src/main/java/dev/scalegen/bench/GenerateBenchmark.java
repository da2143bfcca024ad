package dev.scalegen.bench;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of {@code Generator.generate} (read the text, validate, compile, emit every file to
 * memory): the DocVault example, and synthetic specs of 10, 100 and 1,000 tiers to show that cost
 * grows linearly with tiers: {@link LargeSpec}'s mix, and the schedule-heavy shape of
 * {@link ScheduleHeavySpec} (a night window per tier). Run with {@code bench/run.sh} (or
 * {@code java -jar benchmarks/target/benchmarks.jar}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerateBenchmark {

  @State(Scope.Benchmark)
  public static class Docvault {
    SpecSource source;

    @Setup(Level.Trial)
    public void read() throws IOException {
      Path file = Path.of(System.getProperty("docvault", "examples/docvault/scaling.yaml"));
      source = new SpecSource("examples/docvault/scaling.yaml", Files.readString(file));
    }
  }

  @State(Scope.Benchmark)
  public static class Large {
    @Param({"10", "100", "1000"})
    int tiers;

    SpecSource source;

    @Setup(Level.Trial)
    public void build() {
      source = new SpecSource("bench.yaml", LargeSpec.of(tiers));
    }
  }

  /** N tiers and N overlapping night windows, one per tier ({@link ScheduleHeavySpec}). */
  @State(Scope.Benchmark)
  public static class ScheduleHeavy {
    @Param({"10", "100", "1000"})
    int tiers;

    SpecSource source;

    @Setup(Level.Trial)
    public void build() {
      source = new SpecSource("bench.yaml", ScheduleHeavySpec.of(tiers));
    }
  }

  @Benchmark
  public Result docvault(Docvault state) {
    return check(Generator.generate(state.source, Options.defaults()));
  }

  @Benchmark
  public Result tiers(Large state) {
    return check(Generator.generate(state.source, Options.defaults()));
  }

  @Benchmark
  public Result scheduleHeavy(ScheduleHeavy state) {
    return check(Generator.generate(state.source, Options.defaults()));
  }

  private static Result check(Result result) {
    if (!result.valid() || result.manifests().isEmpty()) {
      throw new IllegalStateException("benchmark spec is invalid: " + result.diagnostics());
    }
    return result;
  }
}
