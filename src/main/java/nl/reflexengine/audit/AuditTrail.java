package nl.reflexengine.audit;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
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

    public AuditTrail(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Records the message as received; marks it a duplicate if its content was recorded before. */
    public Submission receive(InboundMessage inbound) {
        Submission submission = new Submission(inbound, Sha256.of(inbound.raw()));
        try {
            submission.recorded(insert(submission, submission.sha256(), null));
        } catch (DuplicateKeyException firstCopyExists) {
            long first = firstCopy(submission.sha256());
            submission.duplicateOf(first);
            submission.recorded(insert(submission, null, first));
            logOutcome(submission);
        }
        return submission;
    }

    public void recordAccepted(Submission submission) {
        submission.accept();
        recordOutcome(submission);
    }

    public void recordRejected(Submission submission, MessageRejectedException rejection) {
        submission.reject(rejection.violations());
        recordOutcome(submission);
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

    private void recordOutcome(Submission submission) {
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    "update audit_message set format = ?, message_type = ?, message_id = ?, client_id = ?, test = ?,"
                            + " outcome = ?, codes = ?, outcome_at = ? where id = ?",
                    submission.format() == null ? null : submission.format().name(),
                    submission.messageType(),
                    submission.messageId(),
                    clientId(submission),
                    submission.isTest(),
                    submission.outcome().name(),
                    codes(submission.violations()),
                    Timestamp.from(Instant.now()),
                    submission.auditId());
            List<Violation> violations = submission.violations();
            List<Object[]> rows = new java.util.ArrayList<>(violations.size());
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
                    "insert into audit_violation (audit_id, position, code, field, message) values (?, ?, ?, ?, ?)",
                    rows);
        });
        logOutcome(submission);
    }

    /** The distinct codes of a rejection, sorted, separated by ';' as in the replay report. */
    public static String codes(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.code().name())
                .distinct()
                .sorted()
                .collect(Collectors.joining(";"));
    }

    private long insert(Submission submission, String dedupeKey, Long duplicateOf) {
        InboundMessage inbound = submission.inbound();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(
                            "insert into audit_message (received_at, channel, source, sender, sha256, size_bytes,"
                                    + " raw_message, dedupe_key, duplicate_of, test, outcome, outcome_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setTimestamp(1, Timestamp.from(inbound.receivedAt()));
                    ps.setString(2, inbound.channel().name());
                    ps.setString(3, truncate(inbound.source(), 1024));
                    ps.setString(4, inbound.sender());
                    ps.setString(5, submission.sha256());
                    ps.setInt(6, inbound.raw().length);
                    ps.setBytes(7, inbound.raw());
                    ps.setString(8, dedupeKey);
                    ps.setObject(9, duplicateOf);
                    ps.setBoolean(10, inbound.testChannel());
                    ps.setString(11, duplicateOf == null ? null : Outcome.DUPLICATE.name());
                    ps.setTimestamp(12, duplicateOf == null ? null : Timestamp.from(Instant.now()));
                    return ps;
                },
                key);
        return Objects.requireNonNull(key.getKey(), "generated audit id").longValue();
    }

    private long firstCopy(String sha256) {
        return jdbc.queryForObject("select id from audit_message where dedupe_key = ?", Long.class, sha256);
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
                return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
