package nl.reflexengine.outbox;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Empties an outbox batch after batch while batches come back full, for at most one drain period: a busy
 * morning must not wait a poll period per batch, and one run must not hold its thread for ever.
 */
public final class Drain {

    /** What one batch did, and whether it came back full (so more may be waiting). */
    public record Batch(int done, boolean full) {
        public static final Batch NOTHING = new Batch(0, false);
    }

    private static final Duration PERIOD = Duration.ofSeconds(30);

    private Drain() {}

    /** Runs batches until one is not full or the drain period is over; returns how many items were done. */
    public static int batches(Supplier<Batch> batch) {
        long until = System.nanoTime() + PERIOD.toNanos();
        int total = 0;
        Batch last;
        do {
            last = batch.get();
            total += last.done();
        } while (last.full() && System.nanoTime() < until);
        return total;
    }
}
