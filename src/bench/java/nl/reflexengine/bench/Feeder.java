package nl.reflexengine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Feeds messages 0..count-1 to a piece of work from a few threads, timing each message. The threads exist
 * before the measurement starts and still exist when it ends, so their allocations can be counted.
 */
final class Feeder {

    /** Making a message (not timed per message) and processing it (timed). */
    interface Work<T> {
        T prepare(int index) throws Exception;

        void process(int index, T prepared) throws Exception;

        /** What must still happen, once every message is processed, before the run counts as done. */
        default void finish() throws Exception {}
    }

    /** Wall time of the whole run and the processing time of each message, by index. */
    record Run(long elapsedNanos, long[] latencyNanos) {}

    private Feeder() {}

    /**
     * @param atStart runs on the calling thread once every feeder thread is waiting to begin
     * @param atEnd runs on the calling thread once every message is done, before the threads end
     */
    static <T> Run run(int count, int threads, Work<T> work, Runnable atStart, Runnable atEnd) {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(threads);
        CountDownLatch exit = new CountDownLatch(1);
        List<Thread> feeders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread feeder = new Thread(
                    () -> {
                        ready.countDown();
                        awaitQuietly(go);
                        try {
                            for (int i = next.getAndIncrement();
                                    i < count && failure.get() == null;
                                    i = next.getAndIncrement()) {
                                T prepared = work.prepare(i);
                                long started = System.nanoTime();
                                work.process(i, prepared);
                                latencies[i] = System.nanoTime() - started;
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            finished.countDown();
                            awaitQuietly(exit);
                        }
                    },
                    "bench-feeder-" + t);
            feeder.setDaemon(true);
            feeders.add(feeder);
            feeder.start();
        }
        awaitQuietly(ready);
        atStart.run();
        long started = System.nanoTime();
        go.countDown();
        awaitQuietly(finished);
        if (failure.get() == null) {
            try {
                work.finish();
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }
        long elapsed = System.nanoTime() - started;
        try {
            atEnd.run();
        } finally {
            exit.countDown();
            feeders.forEach(Feeder::joinQuietly);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a message could not be processed: " + failure.get(), failure.get());
        }
        return new Run(elapsed, latencies);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
