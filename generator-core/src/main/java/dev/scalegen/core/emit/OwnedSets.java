package dev.scalegen.core.emit;

import dev.scalegen.core.Manifest;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.spec.ScenarioResolver;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of an output directory that one write or check owns: where it may delete (or report
 * stale) files that the index lists. Derived from what it was given, never from a separate
 * argument that could disagree with it:
 *
 * <ul>
 *   <li>manifests alone own the sets they hold, the first folder of each path ({@code base},
 *       {@code sudden-spike}; files at the top form one set of their own). Manifests of the
 *       baseline only leave {@code sudden-spike/} alone; no manifests own nothing.
 *   <li>a {@link Result} whose manifests hold every set of its spec owns the whole directory, so that
 *       the folder of a scenario removed from the spec is cleaned; one that holds some sets owns
 *       those only.
 * </ul>
 */
final class OwnedSets {

  /** The sets owned, or {@code null} for the whole directory. */
  private final Set<String> sets;

  private OwnedSets(Set<String> sets) {
    this.sets = sets;
  }

  static OwnedSets of(List<Manifest> manifests) {
    Set<String> sets = new HashSet<>();
    for (Manifest m : manifests) {
      sets.add(setOf(m.path()));
    }
    return new OwnedSets(sets);
  }

  /** @throws IllegalArgumentException for a result with an error: it has no manifests to write */
  static OwnedSets of(Result result) {
    if (!result.valid()) {
      throw new IllegalArgumentException("the result has errors and no manifests; check Result.valid() first");
    }
    OwnedSets given = of(result.manifests());
    if (result.spec().isPresent() && !result.manifests().isEmpty()
        && given.sets.containsAll(ScenarioResolver.names(result.spec().get(), Options.defaults()))) {
      return new OwnedSets(null);
    }
    return given;
  }

  boolean owns(String path) {
    return sets == null || sets.contains(setOf(path));
  }

  /** The set of a path: its first folder, or the empty string for a file at the top. */
  private static String setOf(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
