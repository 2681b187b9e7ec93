package nl.reflexengine.outbox;

/** One item an outbox claimed for sending. */
public interface OutboxItem {

    long id();

    /** Attempts spent on it so far. */
    int attempts();

    /** How operations know it in the log: the mail's Message-ID, the UWV message's kenmerk. */
    String label();
}
