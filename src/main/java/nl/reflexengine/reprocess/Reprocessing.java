package nl.reflexengine.reprocess;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a rejected message through the pipeline again, as it was received (same bytes, channel, sender),
 * for example after its client's branch was added to the reference data. The rejection stays on record;
 * the new attempt gets its own record and exactly one outcome. A message is reprocessed at most once.
 */
@Component
public class Reprocessing {

    private final JdbcTemplate jdbc;
    private final ProducerTemplate template;
    private final Durability durability;

    public Reprocessing(JdbcTemplate jdbc, ProducerTemplate template, Durability durability) {
        this.jdbc = jdbc;
        this.template = template;
        this.durability = durability;
    }

    public Submission reprocess(long auditId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from audit_message where id = ?", auditId);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("there is no message with audit id " + auditId);
        }
        Map<String, Object> row = rows.get(0);
        String outcome = (String) row.get("OUTCOME");
        if (!"REJECTED".equals(outcome) && !"TEST_REJECTED".equals(outcome)) {
            throw new IllegalArgumentException(
                    "message " + auditId + " is " + outcome + "; only rejected messages are reprocessed");
        }
        if (row.get("REPROCESSED_AS") != null && !row.get("REPROCESSED_AS").equals(row.get("ID"))) {
            throw new IllegalArgumentException(
                    "message " + auditId + " was already reprocessed as " + row.get("REPROCESSED_AS"));
        }
        // claim the record (pointing at itself until the new attempt exists) and release its content for
        // that attempt; the rejection itself stays on record. Two operators cannot both get here.
        int released = jdbc.update(
                "update audit_message set dedupe_key = null, reprocessed_as = id where id = ? and reprocessed_as is null",
                auditId);
        if (released != 1) {
            throw new IllegalArgumentException("message " + auditId + " is being reprocessed by someone else");
        }
        InboundMessage again = new InboundMessage(
                (byte[]) row.get("RAW_MESSAGE"),
                Channel.valueOf((String) row.get("CHANNEL")),
                row.get("SOURCE") + "#reprocess-" + auditId,
                (String) row.get("SENDER"),
                (String) row.get("SENDER_CLIENT_ID"),
                (String) row.get("DELIVERY_ID") == null ? null : row.get("DELIVERY_ID") + "#reprocess-" + auditId,
                (String) row.get("SUBJECT"),
                instant(row.get("SENT_AT")),
                instant(row.get("RECEIVED_AT")),
                // a test message stays a test message: it must never become a claim by being reprocessed
                "TEST_REJECTED".equals(outcome) || Boolean.TRUE.equals(row.get("TEST")));
        Exchange result =
                template.send("direct:ingest", exchange -> exchange.getIn().setBody(again));
        if (result.getException() != null) {
            jdbc.update("update audit_message set reprocessed_as = null where id = ? and reprocessed_as = id", auditId);
            durability.flush(); // released on disk before the operator hears it can be tried again
            throw new IllegalStateException(
                    "reprocessing stopped: " + result.getException().getMessage(), result.getException());
        }
        Submission submission = result.getIn().getBody(Submission.class);
        jdbc.update("update audit_message set reprocessed_as = ? where id = ?", submission.auditId(), auditId);
        durability.flush(); // the operator is told next; with a running engine, its process holds the database
        return submission;
    }

    /** A timestamp with time zone as the driver gives it: OffsetDateTime from H2, Timestamp from PostgreSQL. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
