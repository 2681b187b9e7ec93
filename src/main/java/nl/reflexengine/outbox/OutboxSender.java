package nl.reflexengine.outbox;

/**
 * The one thing that differs between outboxes: how an item reaches its endpoint (SMTP, the UWV gateway).
 * Everything around it (claiming, retries, outages, durability, requeue) is {@link OutboxDispatcher}'s.
 *
 * @param <T> the items of this outbox
 * @param <R> what the endpoint says when it takes an item
 */
public interface OutboxSender<T extends OutboxItem, R> {

    /**
     * A connection for one batch of items.
     *
     * @throws SendFailure (endpoint down) when the endpoint cannot be reached
     */
    Connection<T, R> connect() throws SendFailure;

    /** What to keep with a SENT item in its {@code last_error} column (a refused recipient), or null. */
    default String note(R receipt) {
        return null;
    }

    /** What else a delivery changes, written in the transaction that marks the item SENT. */
    default void delivered(T item, R receipt) {}

    /** One open connection to the endpoint. */
    interface Connection<T extends OutboxItem, R> extends AutoCloseable {

        R send(T item) throws SendFailure;

        /** Whether the connection still carries items; when it does not, the next item opens a new one. */
        default boolean isOpen() {
            return true;
        }

        @Override
        default void close() {}
    }
}
