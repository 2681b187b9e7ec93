package nl.reflexengine.intake;

/** How a message reached the engine. */
public enum Channel {
    MAIL,
    SFTP,
    REPLAY,
    /** A test reflex uploaded in the console's test-reflex lab (always a test message). */
    CONSOLE
}
