package dev.scalegen.core.compile;

import dev.scalegen.core.spec.EnvSource;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.ConfigMapEnvSource;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.SecretEnvSource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.ArrayList;
import java.util.List;

/**
 * Environment taken from Secrets and ConfigMaps, by reference: scalegen never reads or copies
 * their values, so that no secret ends up in the generated files. An {@code env} entry
 * {@code {secret, key}} becomes {@code valueFrom.secretKeyRef}, {@code {configMap, key}}
 * {@code valueFrom.configMapKeyRef}; an {@code envFrom} entry {@code secretRef} or
 * {@code configMapRef}, with its {@code prefix}. {@code optional} only when set.
 */
final class EnvCompiler {
  private EnvCompiler() {}

  static EnvVarSource valueFrom(EnvSource ref) {
    EnvVarSource source = new EnvVarSource();
    if (ref.secret() != null) {
      SecretKeySelector key = new SecretKeySelector();
      key.setName(ref.secret());
      key.setKey(ref.key());
      key.setOptional(ref.optional());
      source.setSecretKeyRef(key);
    } else {
      ConfigMapKeySelector key = new ConfigMapKeySelector();
      key.setName(ref.configMap());
      key.setKey(ref.key());
      key.setOptional(ref.optional());
      source.setConfigMapKeyRef(key);
    }
    return source;
  }

  static List<EnvFromSource> envFrom(Tier tier) {
    List<EnvFromSource> list = new ArrayList<>();
    for (EnvSource ref : tier.pod().envFrom()) {
      EnvFromSource from = new EnvFromSource();
      from.setPrefix(ref.prefix());
      if (ref.secret() != null) {
        SecretEnvSource secret = new SecretEnvSource();
        secret.setName(ref.secret());
        secret.setOptional(ref.optional());
        from.setSecretRef(secret);
      } else {
        ConfigMapEnvSource configMap = new ConfigMapEnvSource();
        configMap.setName(ref.configMap());
        configMap.setOptional(ref.optional());
        from.setConfigMapRef(configMap);
      }
      list.add(from);
    }
    return list.isEmpty() ? null : list;
  }
}
