package dev.scalegen.core.adopt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scalegen.core.spec.Behavior;
import java.util.ArrayList;
import java.util.List;

/**
 * An HPA's {@code spec.behavior}, as the spec's explicit {@code behavior} rules: stabilization
 * window, select policy and policies of each direction, copied as they are. A behavior that is
 * absent or empty stays absent (the HPA keeps Kubernetes' defaults, as the manifest did).
 */
final class BehaviorReader {

  private BehaviorReader() {}

  static Behavior read(Findings findings, JsonNode behavior) {
    Behavior.Rules up = rules(behavior.path("scaleUp"));
    Behavior.Rules down = rules(behavior.path("scaleDown"));
    return up == null && down == null ? null : new Behavior(null, up, down);
  }

  private static Behavior.Rules rules(JsonNode rules) {
    if (!rules.isObject() || rules.isEmpty()) {
      return null;
    }
    List<Behavior.Policy> policies = new ArrayList<>();
    for (JsonNode p : rules.path("policies")) {
      policies.add(new Behavior.Policy(p.path("type").asText(), p.path("value").asInt(), p.path("periodSeconds").asInt()));
    }
    JsonNode window = rules.path("stabilizationWindowSeconds");
    JsonNode select = rules.path("selectPolicy");
    return new Behavior.Rules(window.isNumber() ? window.asInt() : null, select.isTextual() ? select.asText() : null,
        policies);
  }
}
