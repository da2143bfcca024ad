package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * {@code metadata.name}, {@code metadata.namespace} and the names of tiers, node pools, schedules
 * and scenarios are DNS-1123 labels ({@code SG214}), since each becomes part of a Kubernetes object
 * name or label; {@code metadata.name} also starts with a letter, since it starts every object's
 * name and Service names are DNS-1035 labels. Map names are reported at the key, metadata fields at the value; the hint proposes
 * the nearest valid name.
 */
public final class NameRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    if (spec.metadata() != null) {
      value(spec.metadata().name(), "metadata.name", "/metadata/name", report);
      String name = spec.metadata().name();
      if (name != null && DnsLabel.problem(name) == null && !Character.isLetter(name.charAt(0))) {
        // Every object is named <app>-..., and Service names (a stateful tier's headless Service)
        // must be DNS-1035 labels, which start with a letter.
        report.value(Code.BAD_NAME, "/metadata/name", "`metadata.name` is `" + name
            + "`, which starts with a digit; Service names, which start with it, must start with a letter",
            "use a name that starts with a letter, e.g. `app-" + name + "`");
      }
      value(spec.metadata().namespace(), "metadata.namespace", "/metadata/namespace", report);
    }
    spec.tiers().keySet().forEach(name -> key(name, "tier", Pointers.tier(name), report));
    spec.nodePools().keySet().forEach(name -> key(name, "node pool", Pointers.nodePool(name), report));
    spec.schedules().keySet().forEach(name -> key(name, "schedule", Pointers.schedule(name), report));
    spec.scenarios().keySet().forEach(name -> key(name, "scenario", Pointers.scenario(name), report));
  }

  private static void value(String name, String field, String pointer, Reporter report) {
    String problem = name == null ? null : DnsLabel.problem(name);
    if (problem != null) {
      report.value(Code.BAD_NAME, pointer, "`" + field + "` is `" + name + "`, which is not a DNS-1123 label: " + problem,
          hint(name, "use"));
    }
  }

  private static void key(String name, String kind, String pointer, Reporter report) {
    String problem = DnsLabel.problem(name);
    if (problem != null) {
      report.key(Code.BAD_NAME, pointer, kind + " name `" + name + "` is not a DNS-1123 label: " + problem,
          hint(name, "rename it") + (DnsLabel.suggest(name).isEmpty() ? "" : ", and every reference to it"));
    }
  }

  private static String hint(String name, String verb) {
    String suggestion = DnsLabel.suggest(name);
    return suggestion.isEmpty()
        ? "use lower-case letters, digits and `-`, starting and ending with a letter or digit"
        : verb + " `" + suggestion + "`";
  }
}
