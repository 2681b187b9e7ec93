package nl.reflexengine.claims;

import java.time.Instant;
import java.util.List;

/**
 * What an accepted message does to the claims, decided before the outcome is recorded and written in the
 * same transaction as the outcome, so a claim exists if and only if its message was accepted.
 *
 * @param claim the new claim (CREATE) or the claim as it becomes (every other change)
 * @param claimId the existing claim's id, or null for CREATE
 * @param actionPoints a new claim's action points (CREATE), or a corrected claim's points as they move
 * @param event how the claim's history names this change, with what changed
 * @param uwvDue when the claim's first report must have reached UWV, as the claim's facts stand after the
 *     change (see {@link ActionPlan#uwvReportDue}); null until the decision is complete
 */
public record ClaimDecision(
        Change change, Claim claim, Long claimId, List<ActionPoint> actionPoints, String event, Instant uwvDue) {

    /** The kinds of change a message makes. */
    public enum Change {
        CREATE,
        CORRECT,
        WITHDRAW,
        RECOVER,
        REPORT_LONG_TERM
    }

    public static ClaimDecision create(Claim claim, List<ActionPoint> actionPoints) {
        return new ClaimDecision(Change.CREATE, claim, null, List.copyOf(actionPoints), "CREATED", null);
    }

    public static ClaimDecision change(Change change, Claim claim, long claimId, String event) {
        return new ClaimDecision(change, claim, claimId, List.of(), event, null);
    }

    public ClaimDecision withUwvDue(Instant due) {
        return new ClaimDecision(change, claim, claimId, actionPoints, event, due);
    }
}
