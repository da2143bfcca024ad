package dev.scalegen.core.compile;

import dev.scalegen.core.Options;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.spec.ZoneSpread;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The opt-in zone spread ({@code zoneSpread}): a topology spread constraint on
 * {@value ZoneSpread#TOPOLOGY_KEY}, after the spot spread of {@link PlacementCompiler} when there is
 * one (the scheduler honours both: a {@code DoNotSchedule} constraint filters nodes, each
 * {@code ScheduleAnyway} one scores them), with the pod's selector, {@code maxSkew} (default 1),
 * {@code whenUnsatisfiable} (default {@code ScheduleAnyway}) and {@code minDomains} when set. Only
 * when the tier may run more than one pod ({@link TierScale#mayExceedOne}).
 *
 * <p>On a Deployment, from Kubernetes {@value #MATCH_LABEL_KEYS_MINOR_TEXT} (where
 * {@code matchLabelKeys} is on by default), every spread constraint of the pod, the spot spread too,
 * gets {@code matchLabelKeys: [pod-template-hash]}: the pods of a rollout's new ReplicaSet are then
 * spread among themselves, not counted together with the old pods that are about to go. Not on a
 * StatefulSet, whose pods carry no {@code pod-template-hash}.
 */
final class ZoneSpreadCompiler {

  /** The first minor where {@code matchLabelKeys} and {@code minDomains} are on by default (beta). */
  static final int MATCH_LABEL_KEYS_MINOR = 27;
  static final String MATCH_LABEL_KEYS_MINOR_TEXT = "1.27";
  static final String POD_TEMPLATE_HASH = "pod-template-hash";

  private ZoneSpreadCompiler() {}

  static void apply(PodSpec pod, Tier tier, TierScale scale, TierIdentity id, Options options,
      boolean deployment) {
    ZoneSpread zone = tier.pod().zoneSpread();
    if (zone != null && scale.mayExceedOne(tier)) {
      TopologySpreadConstraint spread = new TopologySpreadConstraint();
      spread.setMaxSkew(zone.maxSkewOrDefault());
      spread.setTopologyKey(ZoneSpread.TOPOLOGY_KEY);
      spread.setWhenUnsatisfiable(zone.whenUnsatisfiableOrDefault());
      spread.setLabelSelector(id.labelSelector());
      spread.setMinDomains(zone.minDomains());
      pod.getTopologySpreadConstraints().add(spread);
    }
    if (deployment && options.kubernetesAtLeast(MATCH_LABEL_KEYS_MINOR)) {
      for (TopologySpreadConstraint spread : pod.getTopologySpreadConstraints()) {
        spread.setMatchLabelKeys(new ArrayList<>(List.of(POD_TEMPLATE_HASH)));
      }
    }
  }
}
