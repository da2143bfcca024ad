package dev.scalegen.core.spec;

import java.util.List;
import java.util.Map;

/**
 * The KEDA engine's part of {@code autoscaling} ({@code engine: keda}): its triggers, polling
 * interval and cooldown in seconds, and fallback ({@code null} fields: KEDA's defaults). The bounds,
 * {@code cpu}/{@code memory} and {@code behavior} stay in {@link Autoscaling}, shared with the HPA
 * engine.
 */
public record Keda(List<Trigger> triggers, Integer pollingInterval, Integer cooldownPeriod, Fallback fallback) {

  public Keda {
    triggers = Maps.copy(triggers);
  }

  /** Whether a trigger watches a queue (every trigger type does; {@code cpu}/{@code memory} are not triggers here). */
  public boolean hasQueueTrigger() {
    return !triggers.isEmpty();
  }

  /**
   * One trigger: its {@code type} ({@code redis-list}, {@code rabbitmq}, {@code aws-sqs}), messages
   * per replica, wake-up threshold, the type's other settings as written (key to text, in file
   * order: {@code address}, {@code list}, {@code queue}, ...), and the Secret it authenticates with.
   */
  public record Trigger(String type, Integer target, Integer activation, Map<String, String> settings, Auth auth) {
    public Trigger {
      settings = Maps.copy(settings);
    }
  }

  /** {@code auth}: the Secret's name and, per KEDA parameter, the key in the Secret that holds it. */
  public record Auth(String secret, Map<String, String> keys) {
    public Auth {
      keys = Maps.copy(keys);
    }
  }

  /** {@code fallback}: replicas held once the scaler has failed {@code failureThreshold} times in a row. */
  public record Fallback(Integer failureThreshold, Integer replicas) {}
}
