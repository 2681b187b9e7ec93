package nl.reflexengine.console.claims;

import java.time.Instant;
import java.util.List;

/**
 * One claim as a timeline: what happened to it, in order, with its action points, its UWV messages and
 * its mails beside it.
 */
public record ClaimTimeline(
        ClaimRow claim,
        List<Moment> history,
        List<ActionPointRow> actionPoints,
        List<UwvMessageRow> uwvMessages,
        List<MailRow> mails) {

    /** One thing that happened: a message received (with its outcome) or a change of the claim. */
    public record Moment(Instant at, String what, String detail) {}

    /** An action point; {@code state} is DONE, OPEN_LATE (past due), OPEN (due), or what else it is. */
    public record ActionPointRow(long id, String kind, Instant dueAt, String status, Instant doneAt, String doneBy) {

        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean late(Instant now) {
            return open() && dueAt.isBefore(now);
        }
    }

    /** A UWV message with its lifecycle: queued, sent, UWV's answer. */
    public record UwvMessageRow(
            String kenmerk,
            String flow,
            String status,
            String uwvStatus,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant updatedAt) {}

    /** A mail the engine queued about the claim's messages. */
    public record MailRow(String messageId, String kind, String status, Instant createdAt, Instant updatedAt) {}
}
