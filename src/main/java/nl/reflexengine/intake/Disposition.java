package nl.reflexengine.intake;

/** Where a delivery goes at its source once every outcome is stored: it is never deleted. */
public enum Disposition {
    /** Every message accepted, passed or a known copy. */
    PROCESSED,
    /** At least one message rejected, or the delivery itself unusable. */
    REJECTED,
    /** From an unknown sender. */
    QUARANTINED
}
