package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Keda;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code SG281}: a password written into a trigger's setting: an address or URL with user
 * information ({@code redis://:s3cret@redis:6379}, {@code amqp://guest:guest@rabbitmq/}). The spec
 * and the manifests are committed and reviewed in the open; connection secrets belong in a Secret
 * that {@code auth} names. The value itself is never repeated in the message.
 */
public final class CredentialInSpecRule implements Rule {

  /** {@code user:password@host} or {@code :password@host}, with or without a scheme. */
  private static final Pattern USER_INFO = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*://)?[^/@\\s]*:[^/@\\s]*@");

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      if (tier.autoscaling() == null || !tier.autoscaling().usesKeda()) {
        continue;
      }
      List<Keda.Trigger> triggers = tier.autoscaling().keda().triggers();
      for (int i = 0; i < triggers.size(); i++) {
        for (Map.Entry<String, String> e : triggers.get(i).settings().entrySet()) {
          if (USER_INFO.matcher(e.getValue()).find()) {
            report.value(Code.CREDENTIAL_IN_SPEC,
                Pointers.tier(tier.name()) + "/autoscaling/triggers/" + i + "/" + e.getKey(),
                "`" + e.getKey() + "` of trigger " + (i + 1) + " of tier `" + tier.name() + "` holds a user name and"
                    + " password, which would be committed with the spec and its manifests",
                "write the address without them, put the password in a Secret and name it in `auth: { secret: <name>,"
                    + " keys: { password: <key> } }`; change the password, since it has been written down");
          }
        }
      }
    }
  }
}
