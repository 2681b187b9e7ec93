package nl.reflexengine.audit;

import nl.reflexengine.intake.Submission;

/**
 * Work that belongs to an acceptance and must be durable with it: the claim, later the UWV message and
 * the confirmation in their outboxes. Runs inside the transaction that records the outcome, so either the
 * outcome and all of this are stored, or none of it, and a redelivery starts clean.
 */
public interface AcceptanceWork {

    void apply(Submission submission);
}
