package nl.reflexengine;

import nl.reflexengine.report.rules.Identifiers;

/** Synthetic BSNs for tests: the first number from a starting point that passes the engine's own eleven test. */
public final class TestBsns {

    private TestBsns() {}

    /** A valid BSN at or after {@code start} (a nine-digit number). */
    public static String from(long start) {
        for (long candidate = start; ; candidate++) {
            String digits = String.format("%09d", candidate);
            if (Identifiers.passesElevenTest(digits)) {
                return digits;
            }
        }
    }
}
