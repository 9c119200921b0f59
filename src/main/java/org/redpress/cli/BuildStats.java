package org.redpress.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.redpress.build.BuildResult;

/** The benchmark line of {@code build --stats}: machine-readable key=value pairs. */
final class BuildStats {

  private BuildStats() {}

  static String line(BuildResult result, long wallNanos) {
    double seconds = wallNanos / 1e9;
    return String.format(Locale.ROOT,
        "stats records=%d pages=%d files=%d wall_s=%.2f records_per_s=%.0f peak_heap_mib=%.0f",
        result.recordCount(), result.pageCount(), result.files().size(), seconds,
        result.recordCount() / seconds, peakHeapBytes() / 1048576.0)
        + result.timings().stream()
            .map(t -> " " + t.stage() + "_ms=" + t.took().toMillis())
            .collect(java.util.stream.Collectors.joining());
  }

  /** The sum of the heap pools' peak usage since the JVM started. */
  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage)
        .mapToLong(u -> u == null ? 0 : u.getUsed())
        .sum();
  }
}
