package dev.scalegen.report.runbook;

import dev.scalegen.core.spec.Tier;
import dev.scalegen.report.runbook.RunbookModel.AppCommand;
import dev.scalegen.report.runbook.RunbookModel.TierView;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands for the application inside a tier's pods, for the two kinds of tier whose commands are
 * well known and that the DocVault guide watched: a Celery worker (its command starts with
 * {@code celery -A APP}: the tasks it runs and its statistics, per pod) and Redis (the image
 * {@code redis} or {@code <registry>/redis}: memory and statistics). Each runs in one pod of the workload,
 * picked by {@code kubectl exec deployment/NAME}. Other tiers get none: the spec does not say what
 * their images contain.
 */
final class AppCommands {

  private AppCommands() {}

  static List<AppCommand> of(Tier tier, TierView view, String ns) {
    List<AppCommand> commands = new ArrayList<>();
    String exec = "kubectl exec" + ns + " " + view.resource() + "/" + view.workload() + " -- ";
    List<String> command = tier.command();
    int app = command.indexOf("-A");
    if (!command.isEmpty() && "celery".equals(command.get(0)) && app > 0 && app + 1 < command.size()) {
      String celery = "celery -A " + command.get(app + 1);
      commands.add(new AppCommand(tier.name(), "tasks running now (queue pressure)", exec + celery + " inspect active"));
      commands.add(new AppCommand(tier.name(), "worker statistics", exec + celery + " inspect stats"));
    }
    if (redis(tier.image())) {
      commands.add(new AppCommand(tier.name(), "memory (keep maxmemory below the memory limit)", exec + "redis-cli info memory"));
      commands.add(new AppCommand(tier.name(), "statistics (hits, evictions, clients)", exec + "redis-cli info stats"));
    }
    return commands;
  }

  private static boolean redis(String image) {
    if (image == null) {
      return false;
    }
    String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int slash = name.lastIndexOf('/');
    int colon = name.lastIndexOf(':');
    String repository = colon > slash ? name.substring(slash + 1, colon) : name.substring(slash + 1);
    return repository.equals("redis");
  }
}
