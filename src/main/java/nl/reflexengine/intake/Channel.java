package nl.reflexengine.intake;

/** How a message reached the engine. */
public enum Channel {
    MAIL,
    SFTP,
    REPLAY
}
