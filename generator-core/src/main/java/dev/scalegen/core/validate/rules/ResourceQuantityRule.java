package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Resources;
import dev.scalegen.core.spec.Scenario;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests and limits are Kubernetes quantities ({@code SG207}) and a request is at most its limit
 * ({@code SG206}: the API server rejects such a pod), in the baseline and in every scenario once
 * the scenario's resources are merged onto the baseline's. {@code 2} equals {@code 2000m}.
 */
public final class ResourceQuantityRule implements Rule {

  private static final List<String> RESOURCES = List.of("cpu", "memory");

  /** {@code 2GB}, {@code 512MiB}: a byte suffix that Kubernetes does not have. */
  private static final Pattern BYTE_SUFFIX = Pattern.compile("([0-9.]+)([kKMGTPE])i?B");

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    // Tiers repeat the same few quantities: each text is parsed once (null when it is not a quantity).
    Map<String, BigDecimal> parsed = new HashMap<>();
    for (Tier tier : spec.tiers().values()) {
      if (tier.resources() == null) {
        continue;
      }
      String at = Pointers.tier(tier.name()) + "/resources";
      String where = " in tier `" + tier.name() + "`";
      checkQuantities(tier.resources(), at, where, parsed, report);
      for (String resource : RESOURCES) {
        checkOrder(tier.resources(), resource, at + "/requests/" + resource, where, parsed, report);
      }
    }
    for (Scenario scenario : spec.scenarios().values()) {
      scenario.tiers().forEach((name, override) -> {
        Tier tier = spec.tiers().get(name);
        if (tier == null || override.resources() == null) {
          return;
        }
        String at = Pointers.scenarioTier(scenario.name(), name) + "/resources";
        String where = " in tier `" + name + "` of scenario `" + scenario.name() + "`";
        checkQuantities(override.resources(), at, where, parsed, report);
        Resources merged = tier.resources() == null ? override.resources() : tier.resources().merge(override.resources());
        for (String resource : RESOURCES) {
          String request = at + "/requests/" + resource;
          String limit = at + "/limits/" + resource;
          if (report.has(request)) {
            checkOrder(merged, resource, request, where, parsed, report);
          } else if (report.has(limit)) {
            checkOrder(merged, resource, limit, where, parsed, report);
          }
        }
      });
    }
  }

  private static BigDecimal parse(String text, Map<String, BigDecimal> parsed) {
    if (text == null) {
      return null;
    }
    if (parsed.containsKey(text)) {
      return parsed.get(text);
    }
    BigDecimal value = QuantityParser.parse(text);
    parsed.put(text, value);
    return value;
  }

  private static void checkQuantities(Resources resources, String at, String where, Map<String, BigDecimal> parsed,
      Reporter report) {
    for (String kind : List.of("requests", "limits")) {
      Resources.ResourceList list = "requests".equals(kind) ? resources.requests() : resources.limits();
      if (list == null) {
        continue;
      }
      for (String resource : RESOURCES) {
        String text = list.get(resource);
        if (text == null) {
          continue;
        }
        String field = "`resources." + kind + "." + resource + "`";
        BigDecimal value = parse(text, parsed);
        if (value == null) {
          report.value(Code.BAD_QUANTITY, at + "/" + kind + "/" + resource,
              field + " (" + text + ")" + where + " is not a Kubernetes quantity", hint(resource, text));
        } else if (value.signum() < 0) {
          report.value(Code.BAD_QUANTITY, at + "/" + kind + "/" + resource,
              field + " (" + text + ")" + where + " is negative; Kubernetes rejects negative requests and limits",
              "cpu".equals(resource) ? "use a positive amount such as `500m` or `2`"
                  : "use a positive amount such as `512Mi` or `2Gi`");
        }
      }
    }
  }

  private static String hint(String resource, String text) {
    Matcher bytes = BYTE_SUFFIX.matcher(text);
    if ("memory".equals(resource) && bytes.matches()) {
      String prefix = bytes.group(2).toUpperCase(Locale.ROOT);
      String decimal = "K".equals(prefix) ? "k" : prefix;
      return "Kubernetes has no `B` suffix: write `" + bytes.group(1) + prefix + "i` (powers of 1024) or `"
          + bytes.group(1) + decimal + "` (powers of 1000)";
    }
    return "cpu".equals(resource)
        ? "write cores as a number (`2`, `0.5`) or millicores with `m` (`500m`)"
        : "write bytes with a suffix: `512Mi`, `2Gi` (powers of 1024) or `500M`, `2G` (powers of 1000)";
  }

  /** Reports at {@code pointer} when the request of {@code resource} is above its limit. */
  private static void checkOrder(Resources resources, String resource, String pointer, String where,
      Map<String, BigDecimal> parsed, Reporter report) {
    String requestText = resources.requestsOrEmpty().get(resource);
    String limitText = resources.limitsOrEmpty().get(resource);
    BigDecimal request = parse(requestText, parsed);
    BigDecimal limit = parse(limitText, parsed);
    if (request == null || limit == null || request.signum() < 0 || limit.signum() < 0
        || request.compareTo(limit) <= 0) {
      return;
    }
    report.value(Code.REQUEST_ABOVE_LIMIT, pointer,
        "`resources.requests." + resource + "` (" + requestText + ") is above `resources.limits." + resource
            + "` (" + limitText + ")" + where + "; Kubernetes rejects such a pod",
        "lower the request to at most " + limitText + ", or raise the limit to at least " + requestText);
  }
}
