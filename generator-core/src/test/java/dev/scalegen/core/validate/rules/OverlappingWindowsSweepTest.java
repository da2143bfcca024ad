package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecBinder;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.YamlLoader;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link OverlappingWindowsRule} finds clashing schedules by a sweep over groups of schedules that
 * set the same field; it must report exactly what comparing every pair minute by minute reports
 * ({@link PairwiseOverlapOracle}), word for word and at the same places, on specs full of edge
 * cases: windows that touch, run across midnight or across Sunday night, on different days, in
 * zones whose daylight saving time starts and ends in different weeks (and hemispheres), an
 * unknown zone, cron pairs, and scenarios that give schedules their own values or turn them off.
 */
class OverlappingWindowsSweepTest {

  private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney",
      "Asia/Kolkata", "Europe/Berlin", "Mars/Olympus"};
  private static final String[] DAYS = {"Mon-Sun", "Mon-Fri", "Sat,Sun", "Fri", "Sun", "Mon", "Fri-Mon", "Wed"};
  private static final String[] CRONS = {"0 22 * * 1-5", "0 6 * * 2-6", "@daily", "30 0 * * *", "0 20 * * FRI",
      "0 8 * * MON", "0 1 1 * *", "@weekly"};

  @Test
  void theSweepReportsWhatComparingEveryPairReports() {
    Random random = new Random(19);
    int clashing = 0;
    for (int run = 0; run < 300; run++) {
      String yaml = spec(random);
      YamlLoader.Parsed parsed = YamlLoader.load(new SpecSource("scaling.yaml", yaml));
      ScalingSpec spec = SpecBinder.bind(parsed.root(), parsed.sourceMap());
      List<Diagnostic> swept = run(new OverlappingWindowsRule(), spec);
      assertThat(swept).as(yaml).containsExactlyElementsOf(run(new PairwiseOverlapOracle(), spec));
      clashing += swept.isEmpty() ? 0 : 1;
    }
    // The random specs are not all trivially clean: most of them clash somewhere.
    assertThat(clashing).isGreaterThan(150);
  }

  private static List<Diagnostic> run(Rule rule, ScalingSpec spec) {
    Reporter reporter = new Reporter(spec.source());
    rule.check(spec, reporter);
    return reporter.diagnostics().stream().sorted(Diagnostic.BY_POSITION).toList();
  }

  private static String spec(Random random) {
    StringBuilder b = new StringBuilder("""
        apiVersion: scalegen.dev/v1
        kind: ScalingSpec
        metadata: { name: shop }
        tiers:
          api: { image: a:1, resources: { requests: { cpu: "1" } }, autoscaling: { min: 4, max: 12, cpu: 70% } }
          web: { image: a:1, resources: { requests: { cpu: "1" } }, autoscaling: { min: 4, max: 12, cpu: 70% } }
          worker: { image: a:1, replicas: 3 }
        schedules:
        """);
    int schedules = 2 + random.nextInt(7);
    for (int s = 0; s < schedules; s++) {
      String zone = ZONES[random.nextInt(ZONES.length)];
      String when = random.nextInt(5) == 0
          ? "cron: { enter: \"" + pick(random, CRONS) + "\", exit: \"" + pick(random, CRONS) + "\", timeZone: " + zone + " }"
          : "window: { from: \"" + clock(random) + "\", to: \"" + clock(random) + "\", days: \"" + pick(random, DAYS)
              + "\", timeZone: " + zone + " }";
      b.append("  s").append(s).append(": { ").append(when).append(", set: ").append(set(random)).append(" }\n");
    }
    b.append("scenarios:\n");
    for (int c = 0; c < 2; c++) {
      b.append("  c").append(c).append(":\n    tiers: { worker: { replicas: 2 } }\n    schedules: {");
      for (int s = 0; s < schedules; s++) {
        int choice = random.nextInt(4);
        if (choice > 1) {
          b.append(" s").append(s).append(": ").append(choice == 2 ? "off" : "{ set: " + set(random) + " }").append(",");
        }
      }
      b.append(" }\n");
    }
    return b.toString().replace(", }", " }");
  }

  /** Times on the half hour, and now and then a minute either side of it: touching and near-touching windows. */
  private static String clock(Random random) {
    int minute = random.nextInt(48) * 30 + (random.nextInt(4) == 0 ? random.nextInt(3) - 1 : 0);
    minute = Math.floorMod(minute, 24 * 60);
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  private static String set(Random random) {
    String[] fields = {"{ min: 2 }", "{ max: 9 }", "{ min: 3, max: 10 }"};
    return switch (random.nextInt(4)) {
      case 0 -> "{ api: " + pick(random, fields) + " }";
      case 1 -> "{ web: " + pick(random, fields) + ", worker: { replicas: 1 } }";
      case 2 -> "{ worker: { replicas: 2 } }";
      default -> "{ api: " + pick(random, fields) + ", web: { min: 5 } }";
    };
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }
}
