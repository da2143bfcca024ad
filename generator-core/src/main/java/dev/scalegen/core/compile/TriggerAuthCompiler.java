package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Keda;
import dev.scalegen.keda.TriggerAuthentication;
import dev.scalegen.keda.v1alpha1.TriggerAuthenticationSpec;
import dev.scalegen.keda.v1alpha1.triggerauthenticationspec.SecretTargetRef;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code keda.sh/v1alpha1} TriggerAuthentication per trigger that has {@code auth}: a
 * {@code secretTargetRef} per {@code auth.keys} entry (KEDA parameter, the Secret's name, the key in
 * it), in the spec's order. Credentials never pass through the spec or the output: only the
 * Secret's name and keys do, and the Secret is the cluster's. Named {@code <tier>-<type>}
 * ({@code docvault-celery-worker-redis-list}), with {@code -2}, {@code -3}, ... for a second and
 * third trigger of one type.
 */
final class TriggerAuthCompiler {
  private TriggerAuthCompiler() {}

  static List<TriggerAuthentication> compile(TierIdentity id, Keda keda) {
    List<TriggerAuthentication> out = new ArrayList<>();
    List<Keda.Trigger> triggers = keda.triggers();
    for (int i = 0; i < triggers.size(); i++) {
      Keda.Auth auth = triggers.get(i).auth();
      if (auth == null) {
        continue;
      }
      List<SecretTargetRef> refs = new ArrayList<>();
      auth.keys().forEach((parameter, key) -> {
        SecretTargetRef ref = new SecretTargetRef();
        ref.setParameter(parameter);
        ref.setName(auth.secret());
        ref.setKey(key);
        refs.add(ref);
      });
      TriggerAuthenticationSpec spec = new TriggerAuthenticationSpec();
      spec.setSecretTargetRef(refs);
      ObjectMeta meta = id.objectMeta();
      meta.setName(name(id, triggers, i));
      TriggerAuthentication authentication = new TriggerAuthentication();
      authentication.setMetadata(meta);
      authentication.setSpec(spec);
      out.add(authentication);
    }
    return out;
  }

  /** The name of trigger {@code index}'s TriggerAuthentication. */
  static String name(TierIdentity id, List<Keda.Trigger> triggers, int index) {
    String type = triggers.get(index).type();
    int nth = 1;
    for (int i = 0; i < index; i++) {
      if (type.equals(triggers.get(i).type())) {
        nth++;
      }
    }
    return id.name() + "-" + type + (nth == 1 ? "" : "-" + nth);
  }
}
