package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Keda;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.TriggerType;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;

/**
 * {@code SG282}: a trigger's fields against its type ({@link TriggerType}): a setting of another
 * type (a {@code queue} on a {@code redis-list}), a setting the scaler cannot do without (a
 * {@code redis-list} without its {@code list}; an {@code address} may come from {@code auth.keys}
 * instead), an {@code auth.keys} parameter the scaler does not read, and a required one left out
 * (a {@code rabbitmq} queue's {@code host}, which holds its credentials). KEDA accepts such a
 * ScaledObject and its scaler fails at run time, in the operator's log.
 */
public final class TriggerSettingsRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.autoscaling() == null || !tier.autoscaling().usesKeda()) {
        continue;
      }
      List<Keda.Trigger> triggers = tier.autoscaling().keda().triggers();
      for (int i = 0; i < triggers.size(); i++) {
        Keda.Trigger t = triggers.get(i);
        TriggerType type = TriggerType.of(t.type()).orElse(null);
        if (type != null) {
          check(type, t, Pointers.tier(tier.name()) + "/autoscaling/triggers/" + i, report);
        }
      }
    }
  }

  private static void check(TriggerType type, Keda.Trigger t, String at, Reporter report) {
    String of = " of the `" + type.spelling + "` trigger";
    String trigger = "the `" + type.spelling + "` trigger";
    for (String setting : t.settings().keySet()) {
      if (!type.settings.containsKey(setting)) {
        report.key(Code.TRIGGER_SETTING, at + "/" + setting, "`" + setting + "` is not a setting" + of,
            "a `" + type.spelling + "` trigger takes " + String.join(", ", type.settings.keySet()));
      }
    }
    for (String setting : type.requiredSettings) {
      if (!t.settings().containsKey(setting)) {
        report.key(Code.TRIGGER_SETTING, at + "/type", trigger + " has no `" + setting + "`",
            "add `" + setting + ": ...` to the trigger");
      }
    }
    if (type == TriggerType.REDIS_LIST && !t.settings().containsKey("address")
        && (t.auth() == null || !t.auth().keys().containsKey("address"))) {
      report.key(Code.TRIGGER_SETTING, at + "/type", trigger + " has no `address`",
          "add `address: <host>:6379`, or `address: <key>` under `auth.keys` when the Secret holds it");
    }
    Keda.Auth auth = t.auth();
    if (auth != null) {
      for (String parameter : auth.keys().keySet()) {
        if (!type.authParameters.contains(parameter)) {
          report.key(Code.TRIGGER_SETTING, at + "/auth/keys/" + parameter,
              "`auth.keys." + parameter + "` is not a parameter" + of,
              "KEDA's " + type.scaler + " scaler reads " + String.join(", ", type.authParameters) + " from a Secret");
        }
      }
    }
    for (String parameter : type.requiredAuth) {
      if (auth == null || !auth.keys().containsKey(parameter)) {
        report.key(Code.TRIGGER_SETTING, at + (auth == null ? "/type" : "/auth/keys"),
            trigger + " has no `auth.keys." + parameter + "`: its scaler reads the server's address, with its"
                + " credentials, from a Secret",
            "add `auth: { secret: <Secret>, keys: { " + parameter + ": <key in the Secret> } }`");
      }
    }
  }
}
