package nl.reflexengine.uwv;

/** A delivery that did not go through; {@code retryable} says whether trying again can help. */
public class UwvDeliveryException extends Exception {

    private final boolean retryable;

    public UwvDeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
