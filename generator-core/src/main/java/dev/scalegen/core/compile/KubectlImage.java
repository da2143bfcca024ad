package dev.scalegen.core.compile;

import dev.scalegen.core.Options;

/**
 * The kubectl image schedule jobs run when the spec names none: {@code registry.k8s.io/kubectl} at
 * a tag that exists. The Kubernetes project publishes that image from 1.28 on
 * (kubernetes/kubernetes#116672, first pushed with v1.28.0); no tag exists for 1.27 or older, and
 * scalegen does not invent tags for minors released after it. A target inside the known range gets
 * {@code v1.<minor>.0}; a target outside it gets the nearest known one, and {@link #substitute()}
 * says so ({@code SG242}).
 *
 * <p>Raise {@link #NEWEST_KNOWN_MINOR} once a new minor's {@code v1.N.0} image can be pulled
 * (and say so in {@code docs/schedules.md}).
 */
record KubectlImage(String image, int targetMinor, int imageMinor) {

  static final String REPOSITORY = "registry.k8s.io/kubectl";
  /** The first minor with a published {@code registry.k8s.io/kubectl} image. */
  static final int FIRST_PUBLISHED_MINOR = 28;
  /** The newest minor whose image scalegen knows to be published. */
  static final int NEWEST_KNOWN_MINOR = 37;

  /** The default image for the target of {@code options}. */
  static KubectlImage forTarget(Options options) {
    int target = options.kubernetesMinor();
    int minor = Math.max(FIRST_PUBLISHED_MINOR, Math.min(NEWEST_KNOWN_MINOR, target));
    return new KubectlImage(REPOSITORY + ":v1." + minor + ".0", target, minor);
  }

  /** Whether the image is of another minor than the target, for want of one of the target's. */
  boolean substitute() {
    return imageMinor != targetMinor;
  }
}
