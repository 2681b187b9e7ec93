package nl.reflexengine.uwv;

import java.util.Map;
import java.util.Optional;

/**
 * What Digipoort and UWV say about a message we sent, modelled on Digipoort's processing: delivered
 * (aanleverservice), sender authenticated and XML validated, handed to UWV, and UWV's answer. This is their
 * side of the message; our own delivery (queued, sending, sent, failed) is the outbox's state. A report only
 * moves a message forward: each state has its place in the lifecycle, and nothing follows a final one.
 */
public enum UwvStatus {
    DELIVERED(1),
    VALIDATED(2),
    HANDED_TO_UWV(3),
    ACCEPTED(4),
    ACCEPTED_WITH_WARNINGS(4),
    REJECTED(4),
    /** Digipoort could not deliver or authorise it: our delivery failed after all. */
    FAILED(4);

    /** Digipoort's status codes, as its documentation lists them, and what they mean for our message. */
    private static final Map<Integer, UwvStatus> DIGIPOORT = Map.ofEntries(
            Map.entry(100, DELIVERED),
            Map.entry(105, DELIVERED),
            Map.entry(110, DELIVERED),
            Map.entry(200, DELIVERED),
            Map.entry(210, FAILED),
            Map.entry(230, FAILED),
            Map.entry(301, VALIDATED),
            Map.entry(311, REJECTED),
            Map.entry(321, FAILED),
            Map.entry(405, HANDED_TO_UWV),
            Map.entry(400, HANDED_TO_UWV),
            Map.entry(410, FAILED),
            Map.entry(420, HANDED_TO_UWV));

    /** The stage of the lifecycle: 1 delivered, 2 validated, 3 handed to UWV, 4 final. */
    private final int stage;

    UwvStatus(int stage) {
        this.stage = stage;
    }

    public static Optional<UwvStatus> ofDigipoortCode(int code) {
        return Optional.ofNullable(DIGIPOORT.get(code));
    }

    /** Nothing more will happen to a message in this state. */
    public boolean isFinal() {
        return stage == 4;
    }

    /** Whether a report of {@code next} moves a message in this state forward (a late "delivered" does not). */
    public boolean canMoveTo(UwvStatus next) {
        return !isFinal() && next.stage > stage;
    }
}
