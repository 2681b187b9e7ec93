package nl.reflexengine.claims;

import java.time.Instant;

/**
 * Something a case manager (or the engine) must do for a claim, and when; and once settled, when and by
 * whom or what.
 *
 * @param kind FIRST_CONTACT, one of the UWV reports of {@link ActionPlan} or a {@link Milestone} name
 * @param doneAt when it was done (DONE) or found not needed (NOT_NEEDED); null while OPEN
 * @param doneBy who or what settled it: a user, or the event (UWV's acceptance of a kenmerk, a recovery)
 */
public record ActionPoint(String kind, Instant due, Status status, Instant doneAt, String doneBy) {

    /** Where an action point stands. */
    public enum Status {
        OPEN,
        DONE,
        /** The claim closed before it was due (a recovery): kept, but nobody needs to act. */
        NOT_NEEDED,
        /** The claim was withdrawn. */
        CANCELLED
    }

    /** A new action point, open. */
    public ActionPoint(String kind, Instant due) {
        this(kind, due, Status.OPEN, null, null);
    }

    /** Done after its due moment: shown late, whoever did it. */
    public boolean late() {
        return status == Status.DONE && doneAt != null && doneAt.isAfter(due);
    }
}
