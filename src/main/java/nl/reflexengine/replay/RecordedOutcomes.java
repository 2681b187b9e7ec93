package nl.reflexengine.replay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.audit.RecordedClaim;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcomes the engine recorded, read from its database in the replay report's columns: every decided
 * message in the order it was received (by audit id), with the claim as it left it and the UWV messages it
 * queued. A message reprocessed after a fix counts with its last outcome only: its earlier record names the
 * new one ({@code reprocessed_as}), which holds the same content. Only reads; the engine may run meanwhile.
 */
final class RecordedOutcomes {

    private static final String DECIDED = """
            select a.id, a.source, a.message_id, a.format, a.message_type, a.test, a.outcome, a.codes,
                a.client_id, a.sender_client_id, a.received_at, a.sha256, a.claim_number, a.claim_status,
                a.reporting_due_at, a.days_late, a.fine_eur, a.frequent_absence, a.uwv_due_at,
                first_copy.source as first_copy_source
            from audit_message a
            left join audit_message first_copy on first_copy.id = a.duplicate_of
            where a.outcome is not null and a.reprocessed_as is null
              and a.received_at >= ? and a.received_at < ?
              and (cast(? as varchar(64)) is null or a.client_id = ? or (a.client_id is null and a.sender_client_id = ?))
            order by a.id
            """;

    private static final String UWV_FLOWS = "select flow from uwv_outbox where audit_id = ? order by id";

    private static final String VIOLATIONS =
            "select field, message from audit_violation where audit_id = ? order by position";

    /** Before and after every message the engine can have recorded. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;

    RecordedOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands each recorded outcome with its content hash to {@code each}, in the order received. */
    void forEach(ExportArguments filter, BiConsumer<ReplayReport.Row, String> each) {
        jdbc.query(
                DECIDED,
                rs -> {
                    each.accept(row(rs), rs.getString("sha256"));
                },
                Timestamp.from(filter.from() == null ? EARLIEST : filter.from()),
                Timestamp.from(filter.to() == null ? LATEST : filter.to()),
                filter.client(),
                filter.client(),
                filter.client());
    }

    private ReplayReport.Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
        String claimNumber = rs.getString("claim_number");
        return new ReplayReport.Row(
                rs.getString("source"),
                rs.getString("message_id"),
                rs.getString("format"),
                rs.getBoolean("test"),
                outcome,
                claimNumber == null ? "" : String.join(";", jdbc.queryForList(UWV_FLOWS, String.class, id)),
                rs.getString("codes") == null ? "" : rs.getString("codes"),
                Details.received(detail(rs, id, outcome), "the engine's record"),
                instant(rs, "received_at"),
                claimNumber == null ? null : claim(rs, claimNumber));
    }

    private static RecordedClaim claim(ResultSet rs, String claimNumber) throws SQLException {
        return new RecordedClaim(
                claimNumber,
                rs.getString("claim_status"),
                instant(rs, "reporting_due_at"),
                rs.getInt("days_late"),
                rs.getInt("fine_eur"),
                rs.getBoolean("frequent_absence"),
                instant(rs, "uwv_due_at"));
    }

    /** As the replay writes it, from what the record holds: the violations, the first copy, or the client. */
    private String detail(ResultSet rs, long id, Outcome outcome) throws SQLException {
        if (outcome == Outcome.DUPLICATE) {
            return Details.duplicateOf(rs.getString("first_copy_source"));
        }
        List<String> fields = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        if (rs.getString("codes") != null && !rs.getString("codes").isEmpty()) {
            jdbc.query(
                    VIOLATIONS,
                    violation -> {
                        fields.add(violation.getString("field"));
                        messages.add(violation.getString("message"));
                    },
                    id);
        }
        if (!fields.isEmpty()) {
            return Details.violations(fields, messages);
        }
        return Details.kind(rs.getString("message_type"), rs.getString("client_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
