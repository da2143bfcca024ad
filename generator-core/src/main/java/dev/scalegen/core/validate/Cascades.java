package dev.scalegen.core.validate;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.DidYouMean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Root causes first: one mistake is reported once, by its cause, not also by the errors that follow
 * from it. A misspelt {@code autoscling} is an unknown key ({@code SG101}); that the tier then sets
 * neither {@code replicas} nor {@code autoscaling} ({@code SG204}) follows from it and is dropped.
 *
 * <p>A diagnostic is a follow-on when a field it depends on is
 * <ul>
 *   <li><b>misspelt</b>: its mapping, or the mapping of one of its parents, has an unknown key
 *       within typo distance of the field's name ({@link DidYouMean}): {@code SG102} (missing
 *       required key), {@code SG204} ({@code replicas}, {@code autoscaling}), {@code SG205}
 *       ({@code resources.requests.<resource>}), {@code SG221} ({@code window}, {@code cron}),
 *       {@code SG222} ({@code arg}, {@code env}), {@code SG223} ({@code nodeLabel}), {@code SG232}
 *       ({@code command}), {@code SG250} on {@code service} ({@code port}), {@code SG254} ({@code http},
 *       {@code tcp}, {@code exec}; the ports of an {@code http} probe), {@code SG257} and {@code SG259}
 *       ({@code terminationGracePeriodSeconds}); or
 *   <li><b>wrong</b>: a YAML or schema error ({@code SG0xx}, {@code SG1xx}) is reported at it or at
 *       one of its parents: a semantic diagnostic ({@code SG2xx}) on a value the schema already
 *       refused, or on a field inside one.
 * </ul>
 * Pure and thread-safe; the one place where diagnostics are dropped. Whether a field is misspelt
 * is decided once per field's name and mapping, not per diagnostic: a thousand unknown keys at the
 * top of a spec and ten thousand warnings below it were compared pair by pair (issue 19).
 */
public final class Cascades {

  private Cascades() {}

  /** {@code diagnostics} without the follow-ons of problems that {@code diagnostics} reports. */
  public static List<Diagnostic> withoutFollowOns(List<Diagnostic> diagnostics) {
    Set<String> wrong = new HashSet<>();
    Map<String, List<String>> unknownKeys = new HashMap<>();
    for (Diagnostic d : diagnostics) {
      String path = d.location().specPath();
      if (d.code() == Code.UNKNOWN_KEY && path.lastIndexOf('/') >= 0) {
        int slash = path.lastIndexOf('/');
        unknownKeys.computeIfAbsent(path.substring(0, slash), k -> new ArrayList<>()).add(path.substring(slash + 1));
      } else if (rootLayer(d.code()) && d.isError() && !path.isEmpty()) {
        wrong.add(path);
      }
    }
    if (wrong.isEmpty() && unknownKeys.isEmpty()) {
      return diagnostics;
    }
    List<Diagnostic> kept = new ArrayList<>();
    Map<String, Boolean> misspelt = new HashMap<>();
    for (Diagnostic d : diagnostics) {
      if (!followOn(d, wrong, unknownKeys, misspelt)) {
        kept.add(d);
      }
    }
    return kept;
  }

  /**
   * The diagnostic a one-line summary names (the Maven failure's message): the first root-cause
   * error of {@code sorted} (YAML or schema), else its first error.
   */
  public static Optional<Diagnostic> leadingError(List<Diagnostic> sorted) {
    Optional<Diagnostic> root = sorted.stream().filter(d -> d.isError() && rootLayer(d.code())).findFirst();
    return root.isPresent() ? root : sorted.stream().filter(Diagnostic::isError).findFirst();
  }

  /** Whether the code belongs to the YAML or schema layer, whose errors are causes. */
  static boolean rootLayer(Code code) {
    return code.id().startsWith("SG0") || code.id().startsWith("SG1");
  }

  private static boolean followOn(Diagnostic d, Set<String> wrong, Map<String, List<String>> unknownKeys,
      Map<String, Boolean> misspelt) {
    boolean semantic = !rootLayer(d.code());
    for (String field : FollowOnFields.of(d)) {
      if (semantic && atOrUnder(field, wrong)) {
        return true;
      }
      if ((semantic || d.code() == Code.MISSING_KEY) && misspelt(field, unknownKeys, misspelt)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code field} or one of its parents is in {@code wrong}: a look-up per level, not a scan. */
  private static boolean atOrUnder(String field, Set<String> wrong) {
    for (String p = field; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
      if (wrong.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a segment of {@code field}, or a parent's, is written misspelt as an unknown key of its mapping. */
  /**
   * Whether {@code field} or one of its parents is within typo distance of an unknown key of its
   * mapping; each such name in its mapping (a pointer) is decided once and kept in {@code decided}.
   */
  private static boolean misspelt(String field, Map<String, List<String>> unknownKeys, Map<String, Boolean> decided) {
    for (int slash = 0; slash >= 0; ) {
      int next = field.indexOf('/', slash + 1);
      List<String> unknown = unknownKeys.get(field.substring(0, slash));
      if (unknown != null) {
        String name = next < 0 ? field.substring(slash + 1) : field.substring(slash + 1, next);
        boolean near = decided.computeIfAbsent(next < 0 ? field : field.substring(0, next), k -> {
          DidYouMean among = DidYouMean.among(List.of(name));
          return unknown.stream().anyMatch(u -> !among.suggestions(u).isEmpty());
        });
        if (near) {
          return true;
        }
      }
      slash = next;
    }
    return false;
  }
}
