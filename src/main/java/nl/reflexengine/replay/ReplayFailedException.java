package nl.reflexengine.replay;

/** The replay itself could not go on (not a message's fault: the store failed, say). */
class ReplayFailedException extends RuntimeException {

    ReplayFailedException(String source, Throwable cause) {
        super("replay stopped at " + source + ": " + cause.getMessage(), cause);
    }
}
