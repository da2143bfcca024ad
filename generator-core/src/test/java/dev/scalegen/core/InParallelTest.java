package dev.scalegen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {

  @Test
  void mapsEveryItemOnceAndKeepsTheOrder() {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    List<String> mapped = InParallel.map(items, i -> {
      calls.incrementAndGet();
      return "#" + i;
    });
    assertThat(mapped).containsExactlyElementsOf(items.stream().map(i -> "#" + i).toList());
    assertThat(calls).hasValue(5_000);
    assertThat(InParallel.map(List.<Integer>of(), i -> i)).isEmpty();
    assertThat(InParallel.map(List.of(7), i -> i * 2)).containsExactly(14);
  }

  /** With every thread of the pool busy elsewhere, the caller does all the work itself and does not wait. */
  @Test
  void theCallerDoesTheWorkWhenThePoolIsBusyAndNullResultsStayInPlace() throws Exception {
    int parallelism = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch busy = new CountDownLatch(parallelism);
    for (int i = 0; i < parallelism; i++) {
      ForkJoinPool.commonPool().execute(() -> {
        busy.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    try {
      assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
      Set<Thread> threads = ConcurrentHashMap.newKeySet();
      List<Object> mapped = InParallel.map(IntStream.range(0, 2_000).boxed().toList(), i -> {
        threads.add(Thread.currentThread());
        return i % 2 == 0 ? null : i;
      });
      assertThat(threads).containsExactly(Thread.currentThread());
      assertThat(mapped).hasSize(2_000);
      assertThat(mapped.get(0)).isNull();
      assertThat(mapped.get(1)).isEqualTo(1);
    } finally {
      release.countDown();
    }
  }

  @Test
  void theFirstFailureIsThrownAndTheItemsNotBegunAreSkipped() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> InParallel.map(IntStream.range(0, 100_000).boxed().toList(), i -> {
      calls.incrementAndGet();
      if (i == 10) {
        throw new IllegalStateException("item 10");
      }
      return i;
    })).isInstanceOf(IllegalStateException.class).hasMessage("item 10");
    assertThat(calls.get()).isLessThan(100_000);
  }

  /** Called from a thread of the common pool itself, with every other thread of the pool busy: no deadlock. */
  @Test
  void aCallFromInsideTheBusyPoolEnds() throws Exception {
    List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
    List<List<Integer>> results = ForkJoinPool.commonPool().submit(() ->
        IntStream.range(0, 8).parallel().mapToObj(k -> InParallel.map(items, i -> i + k)).toList()).get();
    for (int k = 0; k < 8; k++) {
      assertThat(results.get(k).get(999)).isEqualTo(999 + k);
    }
  }
}
