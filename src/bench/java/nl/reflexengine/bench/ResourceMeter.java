package nl.reflexengine.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap, allocation and CPU of one measured phase.
 *
 * <p>Peak heap is the most the heap held at once: the heap fills up until a collection, so its peaks are
 * the heap pools' usage just before each collection (and the usage at the end). Summing each pool's own
 * peak would overstate it, as the pools do not peak together. Retained heap is what is left after a full
 * collection at the end, with the engine still running: what the phase keeps, which must not grow with
 * the number of messages. (After a young collection the old generation still holds garbage, so that
 * figure says little about what is kept.)
 *
 * <p>Allocation is counted per live thread, so a thread that ends during the phase is not counted: the
 * feeders, where the pipeline runs, live until the measurement is taken. CPU time is the whole process's
 * (GC and compiler included): on a machine shared with other work it is a steadier measure than the rate.
 */
final class ResourceMeter {

    /** What a phase used. */
    record Usage(double peakHeapMb, double retainedHeapMb, double oldGenPeakMb, long allocatedBytes, long cpuNanos) {}

    private static final double MB = 1024.0 * 1024.0;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean system =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final Set<String> heapPoolNames =
            heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakHeap = new AtomicLong();
    private volatile long startedAtUptime;
    private final NotificationListener onCollection = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            if (info.getStartTime() < startedAtUptime) {
                return; // the collection that cleared the way for this phase, reported late
            }
            peakHeap.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        }
    };
    private Map<Long, Long> allocatedAtStart = Map.of();
    private long cpuAtStart;
    private Usage usage;

    /** Collects the garbage of what came before, so the figures are this phase's. */
    void start() {
        System.gc();
        startedAtUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakHeap.set(currentHeapUsed());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(onCollection, null, null);
        }
        allocatedAtStart = allocatedByThread();
        cpuAtStart = system.getProcessCpuTime();
    }

    void stop() {
        long cpu = system.getProcessCpuTime() - cpuAtStart;
        long allocated = 0;
        for (var thread : allocatedByThread().entrySet()) {
            allocated += thread.getValue() - allocatedAtStart.getOrDefault(thread.getKey(), 0L);
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(onCollection);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // never added: nothing to remove
            }
        }
        peakHeap.accumulateAndGet(currentHeapUsed(), Math::max);
        double oldGen = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                oldGen = Math.max(oldGen, pool.getPeakUsage().getUsed());
            }
        }
        System.gc();
        usage = new Usage(peakHeap.get() / MB, currentHeapUsed() / MB, oldGen / MB, allocated, cpu);
    }

    Usage usage() {
        return usage;
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream()
                .filter(pool -> heapPoolNames.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
    }

    private static long currentHeapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
