package dev.scalegen.keda;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * A KEDA {@code keda.sh/v1alpha1} object whose spec is the class generated from the vendored CRD
 * ({@code src/main/crds/keda}): {@link ScaledObject} and {@link TriggerAuthentication}. Written by
 * hand in the shape of fabric8's model classes (fields named as their properties, no status): the
 * generated root classes extend the client's {@code CustomResource}, which would bring the whole
 * Kubernetes client onto the classpath for a base class whose only use here is to carry
 * {@code apiVersion}, {@code kind} and {@code metadata}.
 *
 * @param <S> the generated spec class
 */
public abstract class KedaResource<S> implements HasMetadata, Namespaced {

  @JsonProperty("apiVersion")
  private String apiVersion = "keda.sh/v1alpha1";
  @JsonProperty("kind")
  private String kind;
  @JsonProperty("metadata")
  private ObjectMeta metadata;
  @JsonProperty("spec")
  private S spec;

  protected KedaResource(String kind) {
    this.kind = kind;
  }

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

  public S getSpec() {
    return spec;
  }

  public void setSpec(S spec) {
    this.spec = spec;
  }
}
