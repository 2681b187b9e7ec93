package nl.reflexengine.intake;

/** The one durable outcome every inbound message ends in. The names appear in replay reports. */
public enum Outcome {
    ACCEPTED,
    REJECTED,
    TEST_PASSED,
    TEST_REJECTED,
    DUPLICATE;

    public static Outcome accepted(boolean test) {
        return test ? TEST_PASSED : ACCEPTED;
    }

    public static Outcome rejected(boolean test) {
        return test ? TEST_REJECTED : REJECTED;
    }
}
