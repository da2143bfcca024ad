package dev.scalegen.core.adopt;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.Autoscaling;
import java.util.List;

/**
 * How an imported tier scales: by its HPA when one targets the workload, else by its
 * {@code spec.replicas} (Kubernetes' default of 1 when the manifest sets none). Two of the DocVault
 * guide's mistakes are found here: {@code spec.replicas} on a workload an HPA scales
 * ({@code SG406}), and a stateful server such as Redis run as a Deployment with several replicas
 * ({@code SG407}).
 */
final class ScaleDecision {

  /** Images of servers that keep state of their own: copies of them are not a cluster. */
  private static final List<String> STATEFUL_IMAGES = List.of("redis", "valkey", "keydb", "postgres", "mysql",
      "mariadb", "mongo", "rabbitmq", "elasticsearch", "opensearch", "zookeeper", "kafka", "etcd", "cassandra");

  /** The tier's replicas or autoscaling (exactly one is set). */
  record Scale(Integer replicas, Autoscaling autoscaling) {}

  private ScaleDecision() {}

  static Scale decide(WorkloadReader.Workload w, HpaReader.Read hpa) {
    Findings findings = w.findings();
    boolean stateful = w.tier().stateful();
    if (hpa != null && stateful) {
      findings.notCarried("", "the HPA of StatefulSet `" + w.name() + "`",
          "a stateful tier has a fixed `replicas` in the spec; scale it by hand, deliberately");
    }
    if (hpa != null && !stateful) {
      if (w.replicas() != null) {
        findings.reportKey(Code.REPLICAS_UNDER_HPA, "/spec/replicas",
            "`spec.replicas: " + w.replicas() + "` is set on " + w.document().describe() + ", which HorizontalPodAutoscaler `"
                + hpa.findings().document().name() + "` scales: every `kubectl apply` resets the count the HPA chose to "
                + w.replicas() + ", until the HPA reacts",
            "the spec leaves `replicas` out of an autoscaled workload; when you switch, follow docs/migration.md so that "
                + "removing the field does not drop the Deployment to 1 replica");
      }
      statefulImage(w, w.replicas() == null ? hpa.autoscaling().max() : w.replicas());
      return new Scale(null, hpa.autoscaling());
    }
    Integer replicas = w.replicas() != null ? w.replicas() : hpa != null ? hpa.autoscaling().min() : Integer.valueOf(1);
    if (!stateful) {
      statefulImage(w, replicas);
    }
    return new Scale(replicas, null);
  }

  private static void statefulImage(WorkloadReader.Workload w, Integer replicas) {
    String image = w.tier().image() == null ? "" : w.tier().image();
    String repository = image.replaceAll("[:@].*$", "");
    String last = repository.substring(repository.lastIndexOf('/') + 1);
    String server = STATEFUL_IMAGES.stream().filter(last::startsWith).findFirst().orElse(null);
    if (server == null || replicas == null || replicas <= 1) {
      return;
    }
    w.findings().reportKey(Code.STATEFUL_DEPLOYMENT, w.replicas() != null ? "/spec/replicas" : "/kind",
        w.document().describe() + " runs " + replicas + " replicas of `" + image + "`: " + replicas + " unrelated " + server
            + " servers behind one Service, each with its own data, not a cluster; clients see different data on each connection",
        "run it as a StatefulSet with one replica and a volume claim (`stateful: true`, `replicas: 1`, `storage` in the spec), "
            + "or deploy a real " + server + " cluster with its operator or chart");
  }
}
