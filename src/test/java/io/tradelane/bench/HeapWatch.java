package io.tradelane.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches this JVM's heap from a point on: the peak used by each heap pool (summed: an upper bound,
 * pools peak at different times, garbage included) and the largest heap left after any collection
 * (the live set the work really needed), with collection counts and times.
 */
final class HeapWatch {

  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private final long baseline = liveHeap();
  private final long gcCountAtStart = gcCount();
  private final long gcMillisAtStart = gcMillis();

  HeapWatch() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                  afterGc(
                      GarbageCollectionNotificationInfo.from(
                              (CompositeData) notification.getUserData())
                          .getGcInfo()
                          .getMemoryUsageAfterGc());
                }
              },
              null,
              null);
    }
  }

  /** The heap in use after a full collection: what the idle hub holds. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void afterGc(Map<String, MemoryUsage> after) {
    long used =
        heapPools.stream()
            .map(p -> after.get(p.getName()))
            .filter(u -> u != null)
            .mapToLong(MemoryUsage::getUsed)
            .sum();
    maxAfterGc.accumulateAndGet(used, Math::max);
  }

  /** The largest heap left after a GC since the last mark (or the start), in MB; starts anew. */
  long mark() {
    return mb(maxAfterGc.getAndSet(0));
  }

  String report() {
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return String.format(
        "heap: max %d MB (-Xmx), idle hub %d MB after a full GC, peak used %d MB (sum of pool"
            + " peaks, garbage included), largest heap left after a GC since the last mark %d MB; %d GCs, %.1f s in GC",
        mb(Runtime.getRuntime().maxMemory()),
        mb(baseline),
        mb(peak),
        mb(maxAfterGc.get()),
        gcCount() - gcCountAtStart,
        (gcMillis() - gcMillisAtStart) / 1000.0);
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }
}
