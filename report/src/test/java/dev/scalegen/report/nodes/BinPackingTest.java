package dev.scalegen.report.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinPackingTest {

  /** 4 vCPU and 16 GiB allocatable per node, 110 pods. */
  static final NodeShape FOUR = new NodeShape(4, 16, 110, 1.0);

  static List<BinPacking.Pod> pods(String tier, int count, double cpu, double memory) {
    return new ArrayList<>(Collections.nCopies(count, new BinPacking.Pod(tier, cpu, memory)));
  }

  @Test
  void largestFirstThenSmallOnesFillTheGaps() {
    // 3 pods of 3 vCPU need 3 nodes; 3 pods of 1 vCPU fit in their gaps: no fourth node.
    List<BinPacking.Pod> pods = pods("small", 3, 1, 1);
    pods.addAll(pods("big", 3, 3, 1));
    assertThat(BinPacking.pack(pods, FOUR).nodes()).isEqualTo(3);
  }

  @Test
  void memoryCanBeTheBoundingResource() {
    // 0.5 vCPU but 6 GiB each: two a node by memory, though CPU would allow eight.
    assertThat(BinPacking.pack(pods("cache", 5, 0.5, 6), FOUR).nodes()).isEqualTo(3);
  }

  @Test
  void thePodLimitOfANodeCounts() {
    NodeShape few = new NodeShape(64, 256, 10, 1.0);
    assertThat(BinPacking.pack(pods("tiny", 25, 0.01, 0.01), few).nodes()).isEqualTo(3);
  }

  @Test
  void theAllocatableShareShrinksEachNode() {
    // 90 % of 4 vCPU is 3.6: a 2-vCPU pod and a second one no longer share a node.
    NodeShape ninety = new NodeShape(4, 16, 110, 0.9);
    assertThat(BinPacking.pack(pods("api", 4, 2, 1), FOUR).nodes()).isEqualTo(2);
    assertThat(BinPacking.pack(pods("api", 4, 2, 1), ninety).nodes()).isEqualTo(4);
  }

  @Test
  void aPodLargerThanANodeIsNotPlacedButNamed() {
    List<BinPacking.Pod> pods = pods("huge", 2, 5, 1);
    pods.addAll(pods("api", 1, 1, 1));
    BinPacking.Packing packing = BinPacking.pack(pods, FOUR);
    assertThat(packing.nodes()).isEqualTo(1);
    assertThat(packing.unplaceable()).containsExactly("huge", "huge");
  }

  @Test
  void noPodsNoNodes() {
    assertThat(BinPacking.pack(List.of(), FOUR).nodes()).isZero();
  }

  @Test
  void aShapeMustBeOne() {
    assertThatThrownBy(() -> new NodeShape(0, 16, 110, 0.9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NodeShape(4, 16, 110, 1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
