package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.SourceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of schedules that depend on the {@link Options}, reported by
 * {@link dev.scalegen.core.Generator#generate} (not by {@code validate}, which has no target):
 *
 * <ul>
 *   <li>{@code SG229}: a CronJob's {@code timeZone} is a Kubernetes 1.27 field (stable since 1.27);
 *       an older API server drops it and runs the job in the controller's zone, usually UTC, so
 *       every window would be off by hours. Error, at each schedule's {@code timeZone}.
 *   <li>{@code SG230}: the kubectl image the jobs run is not pinned by digest; a tag can be moved
 *       to other bytes, and these pods hold a token that may patch HPAs. Warning, at
 *       {@code scheduler.image}, or at {@code schedules} when the default image is used.
 *   <li>{@code SG242}: the spec names no image and none is published for the target minor
 *       ({@link KubectlImage}): the jobs run the nearest published one. Warning, at
 *       {@code schedules}; not below 1.27, where {@code SG229} already stops the generation.
 * </ul>
 */
public final class ScheduleChecks {

  static final int TIME_ZONE_MINOR = 27;

  private ScheduleChecks() {}

  public static List<Diagnostic> check(ScalingSpec spec, Options options) {
    List<Diagnostic> problems = new ArrayList<>();
    if (spec.schedules().isEmpty()) {
      return problems;
    }
    SourceMap source = spec.source();
    if (!options.kubernetesAtLeast(TIME_ZONE_MINOR)) {
      for (Schedule schedule : spec.schedules().values()) {
        String block = schedule.window() != null ? "window" : "cron";
        String pointer = SourceMap.child("/schedules", schedule.name()) + "/" + block + "/timeZone";
        problems.add(Diagnostic.of(Code.TIME_ZONE_NEEDS_1_27, source.valueAt(pointer),
            "schedule `" + schedule.name() + "` runs in time zone `" + (schedule.window() != null
                ? schedule.window().timeZone() : schedule.cron().timeZone()) + "`, but the target Kubernetes "
                + options.kubernetesVersion() + " has no CronJob `timeZone` (it needs 1." + TIME_ZONE_MINOR + ")",
            "target Kubernetes 1." + TIME_ZONE_MINOR + " or later (`--kubernetes-version`); older clusters would run"
                + " the jobs in the controller's time zone"));
      }
    }
    String image = spec.scheduler().image();
    KubectlImage fallback = KubectlImage.forTarget(options);
    if (image == null && fallback.substitute() && options.kubernetesAtLeast(TIME_ZONE_MINOR)) {
      problems.add(Diagnostic.of(Code.KUBECTL_IMAGE_OF_ANOTHER_MINOR, source.keyAt("/schedules"),
          substituteMessage(fallback, options), substituteHint(fallback, options)));
    }
    String shown = image != null ? image : ScheduleCompiler.defaultImage(options);
    if (!shown.contains("@sha256:")) {
      boolean set = image != null;
      problems.add(Diagnostic.of(Code.SCHEDULER_IMAGE_NOT_PINNED,
          set ? source.valueAt("/scheduler/image") : source.keyAt("/schedules"),
          "schedule jobs run the kubectl image `" + shown + "`" + (set ? "" : " (the default)")
              + ", which is not pinned by digest; these pods may patch HPAs and workloads",
          "set `scheduler.image` to the image pinned by digest, e.g. `" + shown.replaceAll("@.*", "")
              + "@sha256:<digest>` (`crane digest " + shown + "` prints it)"));
    }
    return problems;
  }

  private static String substituteHint(KubectlImage fallback, Options options) {
    if (fallback.imageMinor() > fallback.targetMinor()) {
      return "pin the substitute by digest (`scheduler.image: " + fallback.image() + "@sha256:<digest>`), or set"
          + " `scheduler.image` to another image with a kubectl of 1." + (fallback.targetMinor() - 1) + " to 1."
          + (fallback.targetMinor() + 1);
    }
    return "set `scheduler.image` to `" + KubectlImage.REPOSITORY + ":v" + options.kubernetesVersion()
        + ".<patch>@sha256:<digest>`, the kubectl of your cluster's minor pinned by digest";
  }

  private static String substituteMessage(KubectlImage fallback, Options options) {
    String target = "Kubernetes " + options.kubernetesVersion();
    String why = "`scheduler.image` is not set, and " + (fallback.imageMinor() > fallback.targetMinor()
        ? "no `" + KubectlImage.REPOSITORY + "` image is published for " + target + " (the first is v1."
            + KubectlImage.FIRST_PUBLISHED_MINOR + ".0)"
        : "scalegen knows `" + KubectlImage.REPOSITORY + "` images up to v1." + KubectlImage.NEWEST_KNOWN_MINOR
            + ".0, none for " + target);
    int apart = Math.abs(fallback.imageMinor() - fallback.targetMinor());
    return why + ", so schedule jobs run `" + fallback.image() + "`, " + apart + " minor version"
        + (apart == 1 ? "" : "s") + " from the target" + (apart == 1 ? " (within kubectl's version skew policy)"
        : " (outside kubectl's version skew policy of one minor)");
  }
}
