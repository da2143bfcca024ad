package dev.scalegen.core.compile;

import dev.scalegen.core.spec.Metadata;
import dev.scalegen.core.spec.Tier;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Name and labels of every object of one tier (rule 8). The mapping, documented in
 * {@code docs/output-layout.md}:
 *
 * <pre>
 * app.kubernetes.io/name:       &lt;tier&gt;              selector
 * app.kubernetes.io/instance:   &lt;app&gt;-&lt;tier&gt;        selector (the object name, unique in the namespace)
 * app.kubernetes.io/component:  &lt;tier&gt;
 * app.kubernetes.io/part-of:    &lt;app&gt;
 * app.kubernetes.io/version:    the image tag, when it is a valid label value
 * app.kubernetes.io/managed-by: scalegen
 * </pre>
 *
 * Selectors are immutable on a live workload, so they hold only labels derived from the spec's names:
 * never {@code version}, never user labels.
 */
public record TierIdentity(
    String tier,
    String name,
    String namespace,
    Map<String, String> labels,
    Map<String, String> selector,
    Map<String, String> annotations) {

  public static final String NAME = "app.kubernetes.io/name";
  public static final String INSTANCE = "app.kubernetes.io/instance";
  public static final String COMPONENT = "app.kubernetes.io/component";
  public static final String PART_OF = "app.kubernetes.io/part-of";
  public static final String VERSION = "app.kubernetes.io/version";
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  public TierIdentity {
    labels = sorted(labels);
    selector = sorted(selector);
    annotations = sorted(annotations);
  }

  private static Map<String, String> sorted(Map<String, String> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }

  /** The identity of {@code tier} in the application described by {@code metadata}. */
  public static TierIdentity of(Metadata metadata, Tier tier) {
    String app = metadata.name();
    String name = app + "-" + tier.name();
    Map<String, String> selector = new TreeMap<>();
    selector.put(NAME, tier.name());
    selector.put(INSTANCE, name);
    Map<String, String> labels = new TreeMap<>(metadata.labels());
    labels.putAll(tier.labels());
    labels.putAll(selector);
    labels.put(COMPONENT, tier.name());
    labels.put(PART_OF, app);
    String version = imageTag(tier.image());
    if (version != null && isLabelValue(version)) {
      labels.put(VERSION, version);
    }
    labels.put(MANAGED_BY, "scalegen");
    return new TierIdentity(tier.name(), name, metadata.namespace(), labels, selector, metadata.annotations());
  }

  /**
   * Whether {@code text} is a non-empty label value: {@code ([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]}
   * (checked for every tier, so without a regex).
   */
  static boolean isLabelValue(String text) {
    int n = text.length();
    if (n == 0 || n > 63 || !isAlphanumeric(text.charAt(0)) || !isAlphanumeric(text.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (!isAlphanumeric(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** The tag of an image reference ({@code 2.3.1} of {@code ghcr.io/x/backend:2.3.1@sha256:...}), or {@code null}. */
  static String imageTag(String image) {
    int at = image.indexOf('@');
    String ref = at >= 0 ? image.substring(0, at) : image;
    int slash = ref.lastIndexOf('/');
    int colon = ref.lastIndexOf(':');
    return colon > slash ? ref.substring(colon + 1) : null;
  }

  /** Metadata of an object of this tier, named {@code name} (usually {@link #name()}). */
  public ObjectMeta objectMeta() {
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace(namespace);
    meta.setLabels(new LinkedHashMap<>(labels));
    meta.setAnnotations(annotations.isEmpty() ? null : new LinkedHashMap<>(annotations));
    return meta;
  }

  /** A label selector that matches the tier's pods. */
  public LabelSelector labelSelector() {
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(new LinkedHashMap<>(this.selector));
    return selector;
  }
}
