package dev.scalegen.core.spec;

import java.util.List;

/**
 * A pool of nodes described by a provider preset ({@code karpenter-spot}, ...).
 *
 * @param nodeLabel the label that selects the pool when it replaces the preset's (required for {@code custom})
 * @param tolerations taints of the pool, in addition to the preset's own
 */
public record NodePool(String name, String preset, NodeLabel nodeLabel, List<Toleration> tolerations) {
  public NodePool {
    tolerations = Maps.copy(tolerations);
  }

  /** A node label key and value. */
  public record NodeLabel(String key, String value) {}

  /** A taint to tolerate; {@code operator} is {@code null} when the user left it out. */
  public record Toleration(String key, String operator, String value, String effect) {}
}
