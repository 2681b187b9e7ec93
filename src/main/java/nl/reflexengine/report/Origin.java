package nl.reflexengine.report;

/** The message family a report came in, as the administrator registers it on the claim. */
public enum Origin {
    REFLEX,
    DIGIZSM
}
