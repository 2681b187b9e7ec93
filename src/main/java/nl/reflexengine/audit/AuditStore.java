package nl.reflexengine.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.violation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The audit store's SQL: each message with its raw bytes as it enters, and its one outcome as it leaves.
 * Nothing here decides anything; {@link ContentIdentity} decides what a delivery is, the pipeline what
 * becomes of it.
 */
@Component
public class AuditStore {

    private static final String INSERT_MESSAGE = """
            insert into audit_message (received_at, channel, source, sender, sha256, size_bytes, raw_message,
                duplicate_of, test, outcome, outcome_at, delivery_id, subject, sender_client_id, sent_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** "outcome is null": of two deliveries resuming the same record at once, only one may decide it. */
    private static final String RECORD_OUTCOME = """
            update audit_message set dedupe_key = ?, format = ?, message_type = ?, message_id = ?, client_id = ?,
                test = ?, outcome = ?, codes = ?, outcome_at = ?, vestigingscode = ?
            where id = ? and outcome is null
            """;

    private static final String INSERT_VIOLATION =
            "insert into audit_violation (audit_id, position, code, field, message, line_number, column_number)"
                    + " values (?, ?, ?, ?, ?, ?, ?)";

    private static final String MARK_DUPLICATE =
            "update audit_message set outcome = ?, duplicate_of = ?, outcome_at = ? where id = ?";

    private static final String RECORD_CLAIM = """
            update audit_message set claim_number = ?, claim_status = ?, reporting_due_at = ?, days_late = ?,
                fine_eur = ?, frequent_absence = ?, uwv_due_at = ?
            where id = ?
            """;

    private static final String OUTCOME_OF = "select outcome from audit_message where id = ?";

    private static final String SOURCE_OF = "select source from audit_message where id = ?";

    private static final String WITH_DEDUPE_KEY = "select id from audit_message where dedupe_key = ?";

    private static final String ANY_WITH_CONTENT = "select 1 from audit_message where sha256 = ? fetch first row only";

    private static final String INTERRUPTED_ATTEMPT =
            "select min(id) from audit_message where sha256 = ? and channel = ? and source = ? and outcome is null";

    private final JdbcTemplate jdbc;

    AuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a message as received, before anything else happens to it.
     *
     * @param duplicateOf the record whose copy this is (then its outcome is DUPLICATE at once), or null
     * @return the new record's id
     */
    public long insert(InboundMessage inbound, String sha256, Long duplicateOf) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp outcomeAt = duplicateOf == null ? null : Timestamp.from(Instant.now());
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(INSERT_MESSAGE, new String[] {"id"});
                    ps.setTimestamp(1, Timestamp.from(inbound.receivedAt()));
                    ps.setString(2, inbound.channel().name());
                    ps.setString(3, truncate(inbound.source(), 1024));
                    ps.setString(4, truncate(inbound.sender(), 320));
                    ps.setString(5, sha256);
                    ps.setInt(6, inbound.raw().length);
                    ps.setBytes(7, inbound.raw());
                    ps.setObject(8, duplicateOf);
                    ps.setBoolean(9, inbound.testChannel());
                    ps.setString(10, duplicateOf == null ? null : Outcome.DUPLICATE.name());
                    ps.setTimestamp(11, outcomeAt);
                    ps.setString(12, truncate(inbound.deliveryId(), 998));
                    ps.setString(13, truncate(inbound.subject(), 998));
                    ps.setString(14, inbound.senderClientId());
                    ps.setTimestamp(15, inbound.sentAt() == null ? null : Timestamp.from(inbound.sentAt()));
                    return ps;
                },
                key);
        return Objects.requireNonNull(key.getKey(), "generated audit id").longValue();
    }

    /**
     * Records the outcome with its violations and the content's dedupe key, inside the caller's transaction.
     * The dedupe key is unique: of two copies completing at once, the second fails here.
     *
     * @return false when another delivery of the same record decided it first (nothing is written then)
     */
    public boolean recordOutcome(long auditId, RecordedOutcome outcome) {
        int claimed = jdbc.update(
                RECORD_OUTCOME,
                outcome.dedupeKey(),
                outcome.format(),
                outcome.messageType(),
                truncate(outcome.messageId(), 64),
                outcome.clientId(),
                outcome.test(),
                outcome.outcome().name(),
                truncate(Violation.codes(outcome.violations()), 2000),
                Timestamp.from(Instant.now()),
                truncate(outcome.vestigingscode(), 40),
                auditId);
        if (claimed == 0) {
            return false;
        }
        List<Violation> violations = outcome.violations();
        List<Object[]> rows = new ArrayList<>(violations.size());
        for (int position = 0; position < violations.size(); position++) {
            Violation violation = violations.get(position);
            rows.add(new Object[] {
                auditId,
                position,
                violation.code().name(),
                truncate(violation.field(), 512),
                truncate(violation.message(), 2000),
                violation.located() ? violation.line() : null,
                violation.located() ? violation.column() : null
            });
        }
        jdbc.batchUpdate(INSERT_VIOLATION, rows);
        return true;
    }

    /** A record that turned out to be a copy of content another record decided first. */
    public void markDuplicate(long auditId, long firstCopy) {
        jdbc.update(MARK_DUPLICATE, Outcome.DUPLICATE.name(), firstCopy, Timestamp.from(Instant.now()), auditId);
    }

    /** The claim the message created or changed, as it left it, for auditors reading the record. */
    public void recordClaim(long auditId, RecordedClaim claim) {
        jdbc.update(
                RECORD_CLAIM,
                claim.number(),
                claim.status(),
                timestamp(claim.reportingDue()),
                claim.daysLate(),
                claim.fineEuro(),
                claim.frequentAbsence(),
                timestamp(claim.uwvDue()),
                auditId);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Where the recorded message came from: its file's path, or its mail's Message-ID and attachment. */
    public String sourceOf(long auditId) {
        return jdbc.queryForObject(SOURCE_OF, String.class, auditId);
    }

    /** The record's outcome, or null while it has none. */
    public Outcome outcomeOf(long auditId) {
        String outcome = jdbc.queryForObject(OUTCOME_OF, String.class, auditId);
        return outcome == null ? null : Outcome.valueOf(outcome);
    }

    /** The record that holds this dedupe key: the one copy of the content that was decided. */
    public Long withDedupeKey(String dedupeKey) {
        return jdbc.query(WITH_DEDUPE_KEY, rs -> rs.next() ? rs.getLong(1) : null, dedupeKey);
    }

    /**
     * Whether any record holds this content. A record's dedupe key derives from its content, so content no
     * record holds is neither a copy nor the resumption of an attempt: one look-up answers both.
     */
    public boolean holdsContent(String sha256) {
        return Boolean.TRUE.equals(jdbc.query(ANY_WITH_CONTENT, (ResultSetExtractor<Boolean>) ResultSet::next, sha256));
    }

    /** The oldest record of this input (content, channel and source) that never got an outcome. */
    public Long interruptedAttempt(InboundMessage inbound, String sha256) {
        return jdbc.query(
                INTERRUPTED_ATTEMPT,
                rs -> rs.next() ? (Long) rs.getObject(1, Long.class) : null,
                sha256,
                inbound.channel().name(),
                truncate(inbound.source(), 1024));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
