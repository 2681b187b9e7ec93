package nl.reflexengine.pipeline;

import java.util.List;
import nl.reflexengine.audit.AuditStore;
import nl.reflexengine.audit.ContentIdentity;
import nl.reflexengine.audit.RecordedClaim;
import nl.reflexengine.claims.Claim;
import nl.reflexengine.claims.ClaimDecision;
import nl.reflexengine.claims.ClaimStore;
import nl.reflexengine.claims.RegisteredClaim;
import nl.reflexengine.confirmation.ConfirmationMail;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.rejection.RejectionReports;
import nl.reflexengine.rejection.ReportedMessage;
import nl.reflexengine.uwv.UwvOutbox;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one owner of a message's outcome. Each outcome is stored in one transaction with everything it
 * causes, in this order: the audit record, the claim, the UWV message, the mails. Either all of it is
 * durable or none, and a redelivery after a rollback starts from a clean slate. The transaction lives here,
 * not in a route, so a replaced route file cannot split an outcome from its consequences.
 */
@Component("outcomes")
public class Outcomes {

    private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

    private final OutcomeLog outcomeLog;
    private final AuditStore audit;
    private final ContentIdentity identity;
    private final ClaimStore claims;
    private final UwvOutbox uwv;
    private final ConfirmationMail confirmations;
    private final RejectionReports reports;
    private final TransactionTemplate transaction;

    Outcomes(
            AuditStore audit,
            ContentIdentity identity,
            ClaimStore claims,
            UwvOutbox uwv,
            ConfirmationMail confirmations,
            RejectionReports reports,
            TransactionTemplate transaction,
            OutcomeLog outcomeLog) {
        this.outcomeLog = outcomeLog;
        this.audit = audit;
        this.identity = identity;
        this.claims = claims;
        this.uwv = uwv;
        this.confirmations = confirmations;
        this.reports = reports;
        this.transaction = transaction;
    }

    /**
     * ACCEPTED, or TEST_PASSED for a test message. In one transaction: the audit record; for a production
     * message, store the claim and queue its UWV message; then queue the mails (confirmation, or the report
     * to the process manager).
     */
    public void recordAcceptance(Submission submission) {
        submission.accept();
        inOneTransaction(submission, () -> {
            ClaimDecision decision = submission.claimDecision();
            if (decision != null) {
                RegisteredClaim claim = storeClaim(submission, decision);
                queueUwvMessages(submission, decision, claim);
            }
            queueMails(submission);
        });
    }

    /** REJECTED, or TEST_REJECTED: the audit record with every violation, then the mails reporting it. */
    public void recordRejection(Submission submission, MessageRejectedException rejection) {
        submission.reject(rejection.violations());
        inOneTransaction(submission, () -> queueMails(submission));
    }

    /**
     * A failure that is neither bad content nor unavailable infrastructure: a defect of ours. The message
     * is kept and rejected with a code that tells the sender it is not their fault.
     */
    public void recordFailure(Submission submission, Exception failure) {
        log.error(
                "Message {} could not be processed: {}",
                submission.auditId(),
                PersonalData.mask(String.valueOf(failure)),
                PersonalData.sanitized(failure));
        recordRejection(submission, new MessageRejectedException(Violation.of(ViolationCode.PROCESSING_FAILED, "")));
    }

    /**
     * A delivery that never reaches the pipeline (a mail without XML, a broken zip, an unknown sender):
     * recorded like any message, with its raw bytes, under one violation, so it too has exactly one outcome.
     * A quarantined delivery is never answered.
     */
    public Submission recordUnprocessable(InboundMessage inbound, ViolationCode code, boolean quarantine) {
        Submission submission = new Submission(inbound, identity.receive(inbound));
        MessageLogContext.received(submission);
        if (submission.isDuplicate()) {
            outcomeLog.decided(submission);
            return submission;
        }
        List<Violation> violations = List.of(Violation.of(code, ""));
        if (quarantine) {
            submission.quarantine(violations);
            inOneTransaction(submission, () -> {});
        } else {
            submission.reject(violations);
            inOneTransaction(submission, () -> queueMails(submission));
        }
        return submission;
    }

    private RegisteredClaim storeClaim(Submission submission, ClaimDecision decision) {
        RegisteredClaim claim = claims.store(decision, submission.auditId(), submission.messageId());
        RecordedClaim recorded = recorded(claim, decision);
        audit.recordClaim(submission.auditId(), recorded);
        submission.claimRegistered(claim, recorded);
        return claim;
    }

    private static RecordedClaim recorded(RegisteredClaim registered, ClaimDecision decision) {
        Claim claim = decision.claim();
        return new RecordedClaim(
                registered.number(),
                claim.status().name(),
                claim.reportingDue(),
                claim.daysLate(),
                claim.fineEuro(),
                claim.frequentAbsence(),
                decision.uwvDue());
    }

    private void queueUwvMessages(Submission submission, ClaimDecision decision, RegisteredClaim claim) {
        submission.uwvQueued(uwv.queueFor(decision, claim, submission.auditId(), submission.report()));
    }

    private void queueMails(Submission submission) {
        switch (submission.outcome()) {
            case ACCEPTED -> {
                ClaimDecision decision = submission.claimDecision();
                if (decision != null && decision.change() == ClaimDecision.Change.CREATE) {
                    confirmations.queue(
                            submission.auditId(), submission.claimNumber(), decision.claim(), submission.enriched());
                }
            }
            case TEST_PASSED, TEST_REJECTED, REJECTED -> reports.queue(reported(submission));
            default -> {
                // a duplicate or a quarantined delivery is never answered
            }
        }
    }

    /**
     * The outcome, its violations and the content's dedupe key, then {@code consequences}, in one
     * transaction. Of two copies completing at once only one can claim the content: the other becomes its
     * duplicate, and nothing of what it would have caused is stored.
     */
    private void inOneTransaction(Submission submission, Runnable consequences) {
        submission.outcomeRolledBack(); // a retried attempt starts from a clean slate
        try {
            transaction.executeWithoutResult(status -> {
                if (audit.recordOutcome(submission.auditId(), submission.recordedOutcome())) {
                    consequences.run();
                } else {
                    // another delivery resumed the same record and decided it first
                    submission.duplicateOf(submission.auditId(), audit.outcomeOf(submission.auditId()));
                }
            });
        } catch (DuplicateKeyException anotherCopyCompletedFirst) {
            Long first = identity.decidedCopy(submission.dedupeKey());
            if (first == null) {
                throw anotherCopyCompletedFirst; // not our dedupe key: a defect, not a duplicate
            }
            submission.outcomeRolledBack();
            submission.duplicateOf(first, audit.outcomeOf(first));
            audit.markDuplicate(submission.auditId(), first);
        }
        outcomeLog.decided(submission);
    }

    private static ReportedMessage reported(Submission submission) {
        var enriched = submission.enriched();
        return new ReportedMessage(
                submission.auditId(),
                submission.outcome(),
                submission.inbound(),
                submission.violations(),
                submission.messageId(),
                submission.messageType(),
                submission.format(),
                submission.report(),
                enriched == null ? null : enriched.client(),
                submission.loonheffingennummer());
    }
}
