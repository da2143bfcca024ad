package dev.scalegen.core.adopt;

import java.util.List;
import java.util.Map;

/**
 * The workload of the base that a tier adopts, found: the object, its container (index and name)
 * whose resources and worker count the tier sets, the labels its selector matches (the PDB and the
 * topology spread select the same pods), and the base's own HPAs and PDBs of it that the tier takes
 * over ({@code adopt.takeOver}), which the overlay removes.
 */
public record AdoptedWorkload(String tier, BaseObject workload, int container, String containerName,
    Map<String, String> selector, List<BaseObject> takenOver) {

  public AdoptedWorkload {
    selector = Map.copyOf(selector);
    takenOver = List.copyOf(takenOver);
  }

  /** The JSON pointer of the adopted container in the workload: {@code /spec/template/spec/containers/0}. */
  public String containerPointer() {
    return "/spec/template/spec/containers/" + container;
  }

  public String kind() {
    return workload.kind();
  }

  public String name() {
    return workload.name();
  }

  public String namespace() {
    return workload.namespace();
  }
}
