package dev.scalegen.keda;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.scalegen.keda.v1alpha1.TriggerAuthenticationSpec;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

/** KEDA's {@code keda.sh/v1alpha1} {@code TriggerAuthentication} ({@link KedaResource}). */
@Group("keda.sh")
@Version("v1alpha1")
@Kind("TriggerAuthentication")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = JsonDeserializer.None.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public class TriggerAuthentication extends KedaResource<TriggerAuthenticationSpec> {

  public TriggerAuthentication() {
    super("TriggerAuthentication");
  }
}
