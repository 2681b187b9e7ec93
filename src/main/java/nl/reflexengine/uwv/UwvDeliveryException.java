package nl.reflexengine.uwv;

/**
 * A delivery that did not go through; {@code retryable} says whether trying again can help, and
 * {@code endpointDown} that the endpoint as a whole did not take it (no connection, "unavailable"), so the
 * message itself is not at fault.
 */
public class UwvDeliveryException extends Exception {

    private final boolean retryable;
    private final boolean endpointDown;

    public UwvDeliveryException(String message, boolean retryable, Throwable cause) {
        this(message, retryable, false, cause);
    }

    private UwvDeliveryException(String message, boolean retryable, boolean endpointDown, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.endpointDown = endpointDown;
    }

    /** The endpoint could not be reached or said it is unavailable; try every message again later. */
    public static UwvDeliveryException endpointDown(String message, Throwable cause) {
        return new UwvDeliveryException(message, true, true, cause);
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean endpointDown() {
        return endpointDown;
    }
}
