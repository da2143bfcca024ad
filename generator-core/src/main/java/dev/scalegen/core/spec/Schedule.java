package dev.scalegen.core.spec;

import java.util.Map;

/** A time-based change of scale: exactly one of {@code window} and {@code cron}, and the values to set by tier. */
public record Schedule(String name, Window window, Cron cron, Map<String, ScheduledValues> set) {
  public Schedule {
    set = Maps.copy(set);
  }

  /** A daily window in local time; {@code days} is {@code null} when left out (every day). */
  public record Window(String from, String to, String days, String timeZone) {}

  /** Raw five-field cron expressions to enter and leave the schedule. */
  public record Cron(String enter, String exit, String timeZone) {}

  /** What a schedule sets on one tier. */
  public record ScheduledValues(Integer min, Integer max, Integer replicas) {}
}
