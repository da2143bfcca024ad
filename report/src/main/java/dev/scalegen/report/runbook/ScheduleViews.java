package dev.scalegen.report.runbook;

import dev.scalegen.core.spec.Schedule;
import dev.scalegen.report.runbook.RunbookModel.Effect;
import dev.scalegen.report.runbook.RunbookModel.JobView;
import dev.scalegen.report.runbook.RunbookModel.ScheduleView;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A schedule as its CronJobs run it: the pair found in each set by their labels
 * ({@code app.kubernetes.io/component: scheduler}, {@code app.kubernetes.io/name: <schedule>}), the
 * job that enters first ({@link dev.scalegen.core.compile.SpecCompiler} emits it first), when each
 * runs in local time and UTC, and what the pair sets in each set, read from the jobs' own patches
 * (a scenario restores its own values, or switches the schedule off).
 */
final class ScheduleViews {

  private static final String COMPONENT = "app.kubernetes.io/component";
  private static final String NAME = "app.kubernetes.io/name";

  private ScheduleViews() {}

  static List<ScheduleView> of(Map<String, Schedule> schedules, GeneratedSets generated) {
    List<ScheduleView> views = new ArrayList<>();
    for (Schedule schedule : schedules.values()) {
      List<JobView> jobs = null;
      List<Effect> effects = new ArrayList<>();
      List<String> off = new ArrayList<>();
      for (String set : generated.names()) {
        List<CronJob> pair = jobs(generated, set, schedule.name());
        if (pair.size() != 2) {
          off.add(set);
          continue;
        }
        if (jobs == null) {
          jobs = List.of(job("enters", pair.get(0)), job("leaves", pair.get(1)));
        }
        effects.add(new Effect(set, changes(pair, jobs)));
      }
      if (jobs != null) {
        views.add(new ScheduleView(schedule.name(), when(schedule), jobs, effects,
            off.isEmpty() ? null : Markdown.codeList(off)));
      }
    }
    return views;
  }

  private static List<CronJob> jobs(GeneratedSets generated, String set, String schedule) {
    return generated.ofType(set, CronJob.class).stream()
        .filter(j -> "scheduler".equals(j.getMetadata().getLabels().get(COMPONENT))
            && schedule.equals(j.getMetadata().getLabels().get(NAME)))
        .toList();
  }

  private static JobView job(String role, CronJob job) {
    String cron = job.getSpec().getSchedule();
    String zone = job.getSpec().getTimeZone();
    String local = ScheduleTimes.local(cron);
    String utc = ScheduleTimes.utc(cron, zone);
    return new JobView(role, job.getMetadata().getName(), cron,
        zone == null ? "the time zone of kube-controller-manager" : zone,
        local == null ? "as cron `" + cron + "` says" : local, utc == null ? "—" : utc);
  }

  /** One line per object the pair patches: what the enter job sets, and what the exit job restores. */
  private static List<String> changes(List<CronJob> pair, List<JobView> jobs) {
    List<JobPatch> enter = JobPatch.of(pair.get(0));
    List<JobPatch> exit = JobPatch.of(pair.get(1));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < enter.size(); i++) {
      JobPatch in = enter.get(i);
      JobPatch out = i < exit.size() ? exit.get(i) : null;
      List<String> values = new ArrayList<>();
      in.values().forEach((field, value) -> values.add("`" + field + "` " + value + " at " + jobs.get(0).local()
          + (out == null || !out.values().containsKey(field) ? ""
              : ", back to " + out.values().get(field) + " at " + jobs.get(1).local())));
      lines.add(in.object() + ": " + String.join("; ", values));
    }
    return lines;
  }

  private static String when(Schedule schedule) {
    Schedule.Window w = schedule.window();
    if (w == null) {
      Schedule.Cron c = schedule.cron();
      return "entering at cron `" + c.enter() + "`, leaving at cron `" + c.exit() + "`, "
          + (c.timeZone() == null ? "in the time zone of kube-controller-manager" : c.timeZone() + " time");
    }
    boolean acrossMidnight = w.to().compareTo(w.from()) < 0;
    return "from " + w.from() + " to " + w.to() + (acrossMidnight ? " the next morning" : "")
        + ", " + (w.days() == null ? "every day" : "entering on " + w.days()) + ", "
        + (w.timeZone() == null ? "in the time zone of kube-controller-manager" : w.timeZone() + " time");
  }
}
