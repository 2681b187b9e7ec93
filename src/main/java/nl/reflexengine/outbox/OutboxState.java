package nl.reflexengine.outbox;

/** Where an item of an outbox is in its delivery: our side of it, whatever the endpoint does with it later. */
public enum OutboxState {
    /** Waiting to be sent, now or at its next attempt time. */
    QUEUED,
    /** Claimed by a dispatcher and being sent; reset to QUEUED when left here too long. */
    SENDING,
    /** Taken by the endpoint. */
    SENT,
    /** Out of attempts, or refused for good: waits for an operator ({@code requeue}). */
    FAILED,
    /** Withdrawn before it was ever sent: kept for the record, never sent. */
    CANCELLED
}
