package nl.reflexengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heap and allocation of one measured phase. Peak heap is the sum of each heap pool's peak since the start
 * (an upper bound: the pools need not peak at the same moment); the old generation's peak alone shows
 * whether what stays behind grows. Allocation is counted per live thread, so a thread that ends during the
 * phase is not counted: the feeders, where the pipeline runs, live until the measurement is taken. CPU
 * time is the whole process's (GC and compiler included): on a machine shared with other work it is a
 * steadier measure of cost than the rate.
 */
final class ResourceMeter {

    /** What a phase used. */
    record Usage(double peakHeapMb, double oldGenPeakMb, long allocatedBytes, long cpuNanos) {}

    private static final double MB = 1024.0 * 1024.0;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final com.sun.management.OperatingSystemMXBean system =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> allocatedAtStart = Map.of();
    private long cpuAtStart;
    private Usage usage;

    /** Collects the garbage of what came before, so the peaks are this phase's. */
    void start() {
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        allocatedAtStart = allocatedByThread();
        cpuAtStart = system.getProcessCpuTime();
    }

    void stop() {
        long cpu = system.getProcessCpuTime() - cpuAtStart;
        double peak = 0;
        double oldGen = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            long used = pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed();
            peak += used;
            if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                oldGen = Math.max(oldGen, used);
            }
        }
        long allocated = 0;
        for (var thread : allocatedByThread().entrySet()) {
            allocated += thread.getValue() - allocatedAtStart.getOrDefault(thread.getKey(), 0L);
        }
        usage = new Usage(peak / MB, oldGen / MB, allocated, cpu);
    }

    Usage usage() {
        return usage;
    }

    private Map<Long, Long> allocatedByThread() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> byThread = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /** The machine's load average over the last minute, to tell a quiet run from a crowded one. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }
}
