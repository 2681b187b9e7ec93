package nl.reflexengine.outbox;

/**
 * An item that did not go out. Says whose fault it is: the endpoint's as a whole (no connection, "unavailable":
 * no item spends an attempt), or this item's, and then whether trying again can help.
 */
public final class SendFailure extends Exception {

    private enum Kind {
        RETRY,
        PERMANENT,
        ENDPOINT_DOWN
    }

    private final Kind kind;

    private SendFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** This item did not go out this time; trying again may help. */
    public static SendFailure retryable(String message, Throwable cause) {
        return new SendFailure(Kind.RETRY, message, cause);
    }

    /** This item will never be taken as it is: FAILED at once. */
    public static SendFailure permanent(String message, Throwable cause) {
        return new SendFailure(Kind.PERMANENT, message, cause);
    }

    /** The endpoint could not be reached or said it is unavailable: every item waits, none is at fault. */
    public static SendFailure endpointDown(String message, Throwable cause) {
        return new SendFailure(Kind.ENDPOINT_DOWN, message, cause);
    }

    public boolean retryable() {
        return kind != Kind.PERMANENT;
    }

    public boolean endpointDown() {
        return kind == Kind.ENDPOINT_DOWN;
    }
}
