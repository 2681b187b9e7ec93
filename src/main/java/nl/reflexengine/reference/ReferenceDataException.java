package nl.reflexengine.reference;

/** A reference file the engine cannot trust. Stops start-up: better no engine than one with wrong clients. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
