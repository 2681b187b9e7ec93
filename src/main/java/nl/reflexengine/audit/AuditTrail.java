package nl.reflexengine.audit;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.intake.Outcome;
import nl.reflexengine.intake.Submission;
import nl.reflexengine.validation.MessageRejectedException;
import nl.reflexengine.validation.Violation;
import nl.reflexengine.validation.ViolationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit store: records each message with its raw bytes as it enters, and its one outcome as it
 * leaves. A second copy of content already recorded is a duplicate, decided by a unique index rather
 * than a look-up, so two copies arriving at once cannot both pass.
 */
@Component("auditTrail")
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<OutcomeWork> outcomeWork;

    public AuditTrail(JdbcTemplate jdbc, TransactionTemplate transaction, List<OutcomeWork> outcomeWork) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.outcomeWork = List.copyOf(outcomeWork);
    }

    /**
     * Records the message as received, before anything else happens to it. Content that already has an
     * outcome is a duplicate and goes no further. A redelivery of an input whose earlier attempt never
     * reached an outcome (the engine stopped, the database failed) resumes that attempt's record, so every
     * input keeps exactly one record.
     */
    public Submission receive(InboundMessage inbound) {
        Submission submission = new Submission(inbound, Sha256.of(inbound.raw()));
        Long first = firstCopy(dedupeKey(submission));
        if (first != null) {
            submission.duplicateOf(first, outcomeOf(first));
            submission.recorded(insert(submission, first));
            logOutcome(submission);
            return submission;
        }
        Long interrupted = interruptedAttempt(submission);
        if (interrupted != null) {
            log.warn("Message {} is delivered again after an attempt without outcome; resuming it", interrupted);
            submission.recorded(interrupted);
        } else {
            submission.recorded(insert(submission, null));
        }
        return submission;
    }

    public void recordAccepted(Submission submission) {
        submission.accept();
        recordOutcome(submission);
    }

    private void outcomeWork(Submission submission) {
        outcomeWork.forEach(work -> work.apply(submission));
    }

    public void recordRejected(Submission submission, MessageRejectedException rejection) {
        submission.reject(rejection.violations());
        recordOutcome(submission);
    }

    /**
     * A delivery that never reaches the pipeline (a mail without XML, a broken zip, an unknown sender):
     * recorded like any message, with its raw bytes, under one violation, so it too has exactly one outcome.
     */
    public Submission recordUnprocessable(InboundMessage inbound, ViolationCode code, boolean quarantine) {
        Submission submission = receive(inbound);
        if (submission.isDuplicate()) {
            return submission;
        }
        List<Violation> violations = List.of(Violation.of(code, ""));
        if (quarantine) {
            submission.quarantine(violations);
        } else {
            submission.reject(violations);
        }
        recordOutcome(submission);
        return submission;
    }

    /**
     * A failure that is neither bad content nor unavailable infrastructure: a defect of ours. The message
     * is kept and rejected with a code that tells the sender it is not their fault.
     */
    public void recordFailed(Submission submission, Exception failure) {
        log.error(
                "Message {} could not be processed: {}",
                submission.auditId(),
                PersonalData.mask(String.valueOf(failure)),
                PersonalData.sanitized(failure));
        submission.reject(List.of(Violation.of(ViolationCode.PROCESSING_FAILED, "")));
        recordOutcome(submission);
    }

    /**
     * The outcome, its violations and the content's dedupe key in one transaction: either all of it is
     * durable or none, and of two copies completing at once only one can claim the content.
     */
    private void recordOutcome(Submission submission) {
        submission.outcomeWorkRolledBack(); // a retried attempt starts from a clean slate
        try {
            transaction.executeWithoutResult(status -> writeOutcome(submission));
        } catch (DuplicateKeyException anotherCopyCompletedFirst) {
            Long first = firstCopy(dedupeKey(submission));
            if (first == null) {
                throw anotherCopyCompletedFirst; // not our dedupe key: a defect, not a duplicate
            }
            submission.duplicateOf(first, outcomeOf(first));
            jdbc.update(
                    "update audit_message set outcome = ?, duplicate_of = ?, outcome_at = ? where id = ?",
                    Outcome.DUPLICATE.name(),
                    first,
                    Timestamp.from(Instant.now()),
                    submission.auditId());
        }
        logOutcome(submission);
    }

    private void writeOutcome(Submission submission) {
        // "outcome is null": of two deliveries resuming the same record at once, only one may decide it
        int claimed = jdbc.update(
                "update audit_message set dedupe_key = ?, format = ?, message_type = ?, message_id = ?, client_id = ?,"
                        + " test = ?, outcome = ?, codes = ?, outcome_at = ? where id = ? and outcome is null",
                dedupeKey(submission),
                submission.format() == null ? null : submission.format().name(),
                submission.messageType(),
                truncate(submission.messageId(), 64),
                clientId(submission),
                submission.isTest(),
                submission.outcome().name(),
                truncate(codes(submission.violations()), 2000),
                Timestamp.from(Instant.now()),
                submission.auditId());
        if (claimed == 0) {
            submission.duplicateOf(submission.auditId(), outcomeOf(submission.auditId()));
            return;
        }
        outcomeWork(submission);
        List<Violation> violations = submission.violations();
        List<Object[]> rows = new ArrayList<>(violations.size());
        for (int position = 0; position < violations.size(); position++) {
            Violation violation = violations.get(position);
            rows.add(new Object[] {
                submission.auditId(),
                position,
                violation.code().name(),
                truncate(violation.field(), 512),
                truncate(violation.message(), 2000)
            });
        }
        jdbc.batchUpdate(
                "insert into audit_violation (audit_id, position, code, field, message) values (?, ?, ?, ?, ?)", rows);
    }

    /** The distinct codes of a rejection, sorted, separated by ';' as in the replay report. */
    public static String codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().name()).distinct().sorted().collect(Collectors.joining(";"));
    }

    private long insert(Submission submission, Long duplicateOf) {
        InboundMessage inbound = submission.inbound();
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp outcomeAt = duplicateOf == null ? null : Timestamp.from(Instant.now());
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(
                            "insert into audit_message (received_at, channel, source, sender, sha256, size_bytes,"
                                    + " raw_message, duplicate_of, test, outcome, outcome_at, delivery_id, subject,"
                                    + " sender_client_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setTimestamp(1, Timestamp.from(inbound.receivedAt()));
                    ps.setString(2, inbound.channel().name());
                    ps.setString(3, truncate(inbound.source(), 1024));
                    ps.setString(4, truncate(inbound.sender(), 320));
                    ps.setString(5, submission.sha256());
                    ps.setInt(6, inbound.raw().length);
                    ps.setBytes(7, inbound.raw());
                    ps.setObject(8, duplicateOf);
                    ps.setBoolean(9, inbound.testChannel());
                    ps.setString(10, duplicateOf == null ? null : Outcome.DUPLICATE.name());
                    ps.setTimestamp(11, outcomeAt);
                    ps.setString(12, truncate(inbound.deliveryId(), 998));
                    ps.setString(13, truncate(inbound.subject(), 998));
                    ps.setString(14, inbound.senderClientId());
                    return ps;
                },
                key);
        return Objects.requireNonNull(key.getKey(), "generated audit id").longValue();
    }

    /**
     * What makes two deliveries the same: the content, and for mail also the Message-ID, because one
     * attachment may rightly arrive in two mails while the same mail fetched twice is a duplicate.
     */
    private static String dedupeKey(Submission submission) {
        InboundMessage inbound = submission.inbound();
        if (inbound.deliveryId() == null && !inbound.testChannel()) {
            return submission.sha256();
        }
        // a test delivery never makes the real one a duplicate, nor the other way round
        String scope = (inbound.testChannel() ? "test" : "") + "\n"
                + (inbound.deliveryId() == null ? "" : inbound.deliveryId());
        return Sha256.of((scope + "\n" + submission.sha256()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Outcome outcomeOf(long auditId) {
        String outcome = jdbc.queryForObject("select outcome from audit_message where id = ?", String.class, auditId);
        return outcome == null ? null : Outcome.valueOf(outcome);
    }

    private Long firstCopy(String sha256) {
        return jdbc.query(
                "select id from audit_message where dedupe_key = ?", rs -> rs.next() ? rs.getLong(1) : null, sha256);
    }

    private Long interruptedAttempt(Submission submission) {
        InboundMessage inbound = submission.inbound();
        return jdbc.query(
                "select min(id) from audit_message where sha256 = ? and channel = ? and source = ? and outcome is null",
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null,
                submission.sha256(),
                inbound.channel().name(),
                truncate(inbound.source(), 1024));
    }

    private static String clientId(Submission submission) {
        return submission.enriched() == null || submission.enriched().client() == null
                ? null
                : submission.enriched().client().id();
    }

    private static void logOutcome(Submission submission) {
        InboundMessage inbound = submission.inbound();
        log.info(
                "Message {} ({} {}) -> {}{}",
                submission.auditId(),
                inbound.channel(),
                PersonalData.mask(inbound.source()),
                submission.outcome(),
                submission.violations().isEmpty() ? "" : " " + codes(submission.violations()));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** SHA-256 of the raw bytes, hex encoded: the content's identity for duplicate detection. */
    static final class Sha256 {
        private Sha256() {}

        static String of(byte[] content) {
            try {
                return HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(content));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
