package nl.reflexengine.uwv;

import java.util.Map;
import java.util.Optional;

/**
 * Where a UWV message is, modelled on Digipoort's processing: queued in our outbox, delivered
 * (aanleverservice), sender authenticated and XML validated, handed to UWV, and UWV's answer. CANCELLED:
 * withdrawn before it was ever sent, kept for the record.
 */
public enum UwvStatus {
    QUEUED,
    SENDING,
    DELIVERED,
    VALIDATED,
    HANDED_TO_UWV,
    ACCEPTED,
    ACCEPTED_WITH_WARNINGS,
    REJECTED,
    FAILED,
    CANCELLED;

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

    public static Optional<UwvStatus> ofDigipoortCode(int code) {
        return Optional.ofNullable(DIGIPOORT.get(code));
    }

    /** Nothing more will happen to a message in this state. */
    public boolean isFinal() {
        return this == ACCEPTED
                || this == ACCEPTED_WITH_WARNINGS
                || this == REJECTED
                || this == FAILED
                || this == CANCELLED;
    }
}
