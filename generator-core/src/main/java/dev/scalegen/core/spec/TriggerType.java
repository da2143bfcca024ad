package dev.scalegen.core.spec;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue triggers of the KEDA engine, and how each maps onto its KEDA scaler (KEDA 2.12 to
 * 2.18): the scaler's name, the metadata keys of the target and of the activation threshold, the
 * spec's settings and the metadata keys they become, fixed metadata, and the parameters a
 * {@code TriggerAuthentication} may give it from a Secret. The compiler writes the ScaledObject from
 * it, and the trigger rules check a trigger's fields against it, so the two cannot disagree.
 */
public enum TriggerType {
  REDIS_LIST("redis-list", "redis", "listLength", "activationListLength",
      ordered("address", "address", "list", "listName", "databaseIndex", "databaseIndex"),
      List.of("list"), Map.of(), List.of("address", "username", "password"), List.of()),
  RABBITMQ("rabbitmq", "rabbitmq", "value", "activationValue",
      ordered("queue", "queueName", "vhost", "vhostName"),
      List.of("queue"), Map.of("mode", "QueueLength"), List.of("host", "username", "password"), List.of("host")),
  AWS_SQS("aws-sqs", "aws-sqs-queue", "queueLength", "activationQueueLength",
      ordered("queueURL", "queueURL", "region", "awsRegion"),
      List.of("queueURL", "region"), Map.of(),
      List.of("awsAccessKeyID", "awsSecretAccessKey", "awsSessionToken", "awsRoleArn"), List.of());

  /** The name in the spec ({@code redis-list}). */
  public final String spelling;
  /** KEDA's scaler ({@code redis}). */
  public final String scaler;
  public final String targetKey;
  public final String activationKey;
  /** Spec setting -> KEDA metadata key. */
  public final Map<String, String> settings;
  /** Settings the trigger cannot do without (or, for {@code address}, its {@code auth.keys} entry). */
  public final List<String> requiredSettings;
  public final Map<String, String> fixedMetadata;
  /** The parameters {@code auth.keys} may name, and those it must. */
  public final List<String> authParameters;
  public final List<String> requiredAuth;

  TriggerType(String spelling, String scaler, String targetKey, String activationKey, Map<String, String> settings,
      List<String> requiredSettings, Map<String, String> fixedMetadata, List<String> authParameters,
      List<String> requiredAuth) {
    this.spelling = spelling;
    this.scaler = scaler;
    this.targetKey = targetKey;
    this.activationKey = activationKey;
    this.settings = settings;
    this.requiredSettings = requiredSettings;
    this.fixedMetadata = fixedMetadata;
    this.authParameters = authParameters;
    this.requiredAuth = requiredAuth;
  }

  /** An unmodifiable map of {@code key, value, key, value, ...} in that order (the messages list them so). */
  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The type spelled {@code spelling} in a spec, if any. */
  public static Optional<TriggerType> of(String spelling) {
    return Arrays.stream(values()).filter(t -> t.spelling.equals(spelling)).findFirst();
  }
}
