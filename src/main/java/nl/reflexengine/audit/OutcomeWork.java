package nl.reflexengine.audit;

import nl.reflexengine.intake.Submission;

/**
 * Work that belongs to an outcome and must be durable with it: the claim, the UWV message and the mails in
 * their outboxes. Runs inside the transaction that records the outcome, so either the outcome and all of
 * this are stored, or none of it, and a redelivery starts clean. Each piece decides for which outcomes it
 * has work (a claim only for an acceptance; a report to the process manager for a test message).
 */
public interface OutcomeWork {

    void apply(Submission submission);
}
