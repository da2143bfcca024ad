package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Schedule;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * Names scalegen generates fit the limit of their kind ({@code SG215}): a tier's workload, HPA, PDB
 * and Service are named {@code <app>-<tier>}, at most 63 characters since the name is also a label
 * value; a StatefulSet at most 52, since its pods' {@code controller-revision-hash} label is the name
 * plus 11 characters; a schedule's CronJobs {@code <app>-<schedule>-enter} and {@code -exit} at most
 * 52, since the CronJob controller adds 11 characters to name its Jobs. Names that are not DNS-1123
 * labels are left to {@link NameRule}.
 */
public final class GeneratedNameLengthRule implements Rule {

  static final int LABEL_LIMIT = 63;
  static final int STATEFUL_SET_LIMIT = 52;
  static final int CRON_JOB_LIMIT = 52;

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    String app = spec.metadata() == null ? null : spec.metadata().name();
    if (app == null || !DnsLabel.isValid(app)) {
      return;
    }
    for (Tier tier : spec.tiers().values()) {
      if (tier.adopted()) {
        continue;  // the base owns the pod: checked against it, not here (docs/adopting.md)
      }
      if (!DnsLabel.isValid(tier.name())) {
        continue;
      }
      String name = app + "-" + tier.name();
      if (tier.stateful()) {
        check(name, STATEFUL_SET_LIMIT, "StatefulSet name `" + name + "`", "StatefulSet names are limited to "
            + STATEFUL_SET_LIMIT + ", since their pods' `controller-revision-hash` label adds 11 characters",
            "tier", Pointers.tier(tier.name()), report);
      } else {
        check(name, LABEL_LIMIT, "generated name `" + name + "` (workload, HPA, PDB, Service)",
            "these names are limited to " + LABEL_LIMIT + ", since they are also label values",
            "tier", Pointers.tier(tier.name()), report);
      }
    }
    for (Schedule schedule : spec.schedules().values()) {
      if (DnsLabel.isValid(schedule.name())) {
        // "-enter" is longer than "-exit": when it fits, both fit.
        String name = app + "-" + schedule.name() + "-enter";
        check(name, CRON_JOB_LIMIT, "CronJob name `" + name + "`", "CronJob names are limited to " + CRON_JOB_LIMIT
            + ", since the CronJob controller adds 11 characters to name their Jobs",
            "schedule", Pointers.schedule(schedule.name()), report);
      }
    }
  }

  private static void check(String name, int limit, String subject, String reason, String what, String pointer,
      Reporter report) {
    if (name.length() > limit) {
      int over = name.length() - limit;
      report.key(Code.NAME_TOO_LONG, pointer, subject + " is " + name.length() + " characters; " + reason,
          "shorten the " + what + " or application name by " + over + (over == 1 ? " character" : " characters"));
    }
  }
}
