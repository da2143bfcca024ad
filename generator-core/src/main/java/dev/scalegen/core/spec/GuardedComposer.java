package dev.scalegen.core.spec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * snakeyaml-engine's composer, guarded against the one input it never returns on: a mapping that
 * merges itself ({@code a: &a {x: 1, <<: *a}}, or two open mappings that merge each other). Its
 * merge ({@code MergeUtils.flatten}) goes round again as long as a merged mapping still has merge
 * keys of its own, which a mapping that is still open has; each round climbs one open mapping up, so
 * a merge that needs more rounds than there can be open mappings goes round for ever.
 *
 * <p>The merge asks {@link #asMappingNode} for every mapping it merges. A merge that, without the
 * composer reading anything, asks for a mapping that still has merge keys more than
 * {@link #OPEN_MERGES} times, or for such mappings holding more than {@link SpecLimits#MAX_NODES}
 * entries in all (each round copies them), is refused at the mapping being merged into, as
 * {@code a mapping merges itself}. A merge that ends asks for at most one open mapping per merged
 * alias per round: aliases to mappings are at most {@link SpecLimits#MAX_COLLECTION_ALIASES} and
 * rounds at most one more than the nesting depth, so the first bound is never reached by a merge
 * that ends; the second keeps the cost of a hostile file bounded (a 20,000-key mapping that merges
 * itself took 4.6 s of CPU under the first bound alone).
 */
final class GuardedComposer extends org.snakeyaml.engine.v2.composer.Composer {

  static final int OPEN_MERGES = (SpecLimits.MAX_DEPTH + 2) * (SpecLimits.MAX_COLLECTION_ALIASES + 1);

  private final CheckedParser events;
  /** Where each mapping being composed starts, innermost first. */
  private final Deque<Optional<Mark>> starts = new ArrayDeque<>();
  private long mergingAt = -1;
  private int openMerges;
  private long openEntries;

  GuardedComposer(LoadSettings settings, CheckedParser events) {
    super(settings, events);
    this.events = events;
  }

  @Override
  protected Node composeMappingNode(Optional<Anchor> anchor) {
    starts.push(events.peekEvent().getStartMark());
    try {
      return super.composeMappingNode(anchor);
    } finally {
      starts.pop();
    }
  }

  @Override
  protected MappingNode asMappingNode(Node node) {
    MappingNode mapping = super.asMappingNode(node);
    if (mapping.hasMergeTag()) {
      if (mergingAt != events.consumed()) {
        mergingAt = events.consumed();
        openMerges = 0;
        openEntries = 0;
      }
      openEntries += mapping.getValue().size();
      if (++openMerges > OPEN_MERGES || openEntries > SpecLimits.MAX_NODES) {
        throw new ComposerException("a mapping merges itself with `<<`", starts.peek());
      }
    }
    return mapping;
  }
}
