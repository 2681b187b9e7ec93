package nl.reflexengine.audit;

/** The one durable outcome every inbound message ends in. The names appear in reports and the audit store. */
public enum Outcome {
    ACCEPTED,
    REJECTED,
    TEST_PASSED,
    TEST_REJECTED,
    DUPLICATE,
    /** From a sender no client registered: kept for operations, never answered; in a replay, only from a mail. */
    QUARANTINED;

    public static Outcome accepted(boolean test) {
        return test ? TEST_PASSED : ACCEPTED;
    }

    public static Outcome rejected(boolean test) {
        return test ? TEST_REJECTED : REJECTED;
    }

    /** The source may forget the message: it was taken in as intended (accepted, passed or a known copy). */
    public boolean isProcessed() {
        return this == ACCEPTED || this == TEST_PASSED || this == DUPLICATE;
    }
}
