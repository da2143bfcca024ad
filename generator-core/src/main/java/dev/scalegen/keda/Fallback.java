package dev.scalegen.keda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.KubernetesResource;

/**
 * A ScaledObject's {@code spec.fallback}: the replica count KEDA holds the workload at once its
 * scalers have failed {@code failureThreshold} times in a row. Written by hand, with the CRD's
 * three properties: the generated class initialises {@code behavior} to its default by parsing
 * {@code "static"} with the Kubernetes client's {@code Serialization} (the client, Jackson's YAML
 * module and a started ObjectMapper in every run). Here {@code behavior} stays unset unless given,
 * and KEDA applies the same default, {@code static}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonPropertyOrder({"behavior", "failureThreshold", "replicas"})
public class Fallback implements KubernetesResource {

  /** {@code static}, {@code currentReplicas}, {@code currentReplicasIfHigher} or {@code currentReplicasIfLower}. */
  @JsonProperty("behavior")
  private String behavior;
  @JsonProperty("failureThreshold")
  private Integer failureThreshold;
  @JsonProperty("replicas")
  private Integer replicas;

  public String getBehavior() {
    return behavior;
  }

  public void setBehavior(String behavior) {
    this.behavior = behavior;
  }

  public Integer getFailureThreshold() {
    return failureThreshold;
  }

  public void setFailureThreshold(Integer failureThreshold) {
    this.failureThreshold = failureThreshold;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }
}
