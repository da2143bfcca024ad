package dev.scalegen.keda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.scalegen.keda.v1alpha1.ScaledObjectSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * KEDA's {@code keda.sh/v1alpha1} {@code ScaledObject}, its spec the class generated from the
 * vendored CRD ({@code src/main/crds/keda}). Written by hand in the shape of fabric8's model classes
 * (fields named as their properties, no status): the generated root class extends the client's
 * {@code CustomResource}, which would bring the whole Kubernetes client onto the classpath for a
 * base class whose only use here is to carry {@code apiVersion}, {@code kind} and {@code metadata}.
 */
@Group("keda.sh")
@Version("v1alpha1")
@Kind("ScaledObject")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public class ScaledObject implements HasMetadata, Namespaced {

  @JsonProperty("apiVersion")
  private String apiVersion = "keda.sh/v1alpha1";
  @JsonProperty("kind")
  private String kind = "ScaledObject";
  @JsonProperty("metadata")
  private ObjectMeta metadata;
  @JsonProperty("spec")
  private ScaledObjectSpec spec;

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  @Override
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public ScaledObjectSpec getSpec() {
    return spec;
  }

  public void setSpec(ScaledObjectSpec spec) {
    this.spec = spec;
  }
}
