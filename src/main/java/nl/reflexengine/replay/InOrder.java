package nl.reflexengine.replay;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Does work on several threads and hands the results on in the order the work was given, so a report keeps
 * the archive's order whatever finishes first. At most a few items per thread are in flight: an archive is
 * never held whole. With one thread the work is done on the caller's thread.
 */
final class InOrder<T, R> implements AutoCloseable {

    /** Enough to keep every thread busy; each item may be a mail of up to reflex.intake.max-mail-bytes. */
    private static final int IN_FLIGHT_PER_THREAD = 2;

    private final Function<T, R> work;
    private final Consumer<R> next;
    private final ExecutorService workers;
    private final int window;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    InOrder(int threads, Function<T, R> work, Consumer<R> next) {
        this.work = work;
        this.next = next;
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, InOrder::worker);
        this.window = threads * IN_FLIGHT_PER_THREAD;
    }

    private static Thread worker(Runnable runnable) {
        Thread thread = new Thread(runnable, "replay-worker");
        thread.setDaemon(true);
        return thread;
    }

    void submit(T item) {
        if (workers == null) {
            next.accept(work.apply(item));
            return;
        }
        inFlight.add(workers.submit(() -> work.apply(item)));
        while (inFlight.size() >= window) {
            handOnOldest();
        }
    }

    /** Waits for what is still in flight and hands it on. */
    void finish() {
        while (!inFlight.isEmpty()) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        try {
            next.accept(inFlight.removeFirst().get());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the replay was interrupted", e);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
