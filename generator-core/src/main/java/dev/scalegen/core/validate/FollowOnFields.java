package dev.scalegen.core.validate;

import dev.scalegen.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a diagnostic depends on, as spec pointers, for {@link Cascades}: the field it is
 * located at, and, for the codes that report something missing, the fields whose absence they
 * report. A field named here that is misspelt or refused by the schema makes the diagnostic a
 * follow-on.
 */
final class FollowOnFields {

  /** {@code .../autoscaling/cpu} of a tier, baseline or scenario: group 1 the tier, 2 its name in a scenario. */
  private static final Pattern TARGET = Pattern.compile("((?:/scenarios/[^/]+)?/tiers/([^/]+))/autoscaling/(cpu|memory)");

  /** A probe of a tier: {@code /tiers/api/probes/readiness}. */
  private static final Pattern PROBE = Pattern.compile("/tiers/[^/]+/probes/(readiness|liveness|startup)");

  private FollowOnFields() {}

  static List<String> of(Diagnostic d) {
    String at = d.location().specPath();
    List<String> fields = new ArrayList<>(List.of(at));
    switch (d.code()) {
      case NO_SCALE -> {
        fields.add(at + "/replicas");
        fields.add(at + "/autoscaling");
      }
      case SCHEDULE_FORM -> {
        fields.add(at + "/window");
        fields.add(at + "/cron");
      }
      case WORKERS_FORM -> {
        fields.add(at + "/arg");
        fields.add(at + "/env");
      }
      case CUSTOM_POOL_INCOMPLETE -> fields.add(parent(at) + "/nodeLabel");
      case WORKERS_FLAG_WITHOUT_COMMAND -> fields.add(parent(parent(at)) + "/command");
      case PRE_STOP_NOT_BELOW_GRACE, WORKERS_DEFAULT_GRACE -> fields.add(parent(at) + "/terminationGracePeriodSeconds");
      case PROBE_FORM -> {
        if (PROBE.matcher(at).matches()) { // no action or several: one of them misspelt or refused
          fields.add(at + "/http");
          fields.add(at + "/tcp");
          fields.add(at + "/grpc");
          fields.add(at + "/exec");
        } else if (at.endsWith("/http") && PROBE.matcher(parent(at)).matches()) { // on no port
          fields.add(parent(at) + "/port");
          fields.add(parent(parent(parent(at))) + "/port");
        }
      }
      case FIELD_NOT_FOR_TIER -> {
        if (at.endsWith("/service")) {
          fields.add(parent(at) + "/port"); // `service` on a tier whose `port` is misspelt or refused
        }
      }
      case TARGET_WITHOUT_REQUEST -> {
        Matcher m = TARGET.matcher(at);
        if (m.matches()) {
          fields.add(m.group(1) + "/resources/requests/" + m.group(3));
          fields.add("/tiers/" + m.group(2) + "/resources/requests/" + m.group(3));
        }
      }
      default -> {
        // the field it is located at; for SG102, the missing key itself
      }
    }
    return fields;
  }

  private static String parent(String pointer) {
    return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
  }
}
