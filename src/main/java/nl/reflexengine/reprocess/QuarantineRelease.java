package nl.reflexengine.reprocess;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.intake.Delivery;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.intake.mail.MailIntake;
import nl.reflexengine.pipeline.Deliveries;
import nl.reflexengine.pipeline.Submission;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Releases a quarantined mail once its sender is registered: the mail as it was received (its raw MIME,
 * kept in the audit record) is opened again by the mailbox intake, as of its original receipt, and each
 * XML attachment gets its own record and outcome. The quarantine stays on record and points to the first
 * new record ({@code reprocessed_as}); a mail is released at most once. The mail itself stays in the IMAP
 * folder Quarantine, as the record of what arrived.
 */
@Component
public class QuarantineRelease {

    private final JdbcTemplate jdbc;
    private final MailIntake mailIntake;
    private final Deliveries deliveries;
    private final ProducerTemplate template;
    private final Durability durability;

    public QuarantineRelease(
            JdbcTemplate jdbc,
            MailIntake mailIntake,
            Deliveries deliveries,
            ProducerTemplate template,
            Durability durability) {
        this.jdbc = jdbc;
        this.mailIntake = mailIntake;
        this.deliveries = deliveries;
        this.template = template;
        this.durability = durability;
    }

    /** The audit record of a quarantined mail, as far as a release reads it. */
    private record Quarantined(
            String channel, String outcome, byte[] raw, boolean test, Instant receivedAt, String dedupeKey) {}

    /** The sender of the quarantined mail is still no client's: nothing was changed. */
    public static final class SenderStillUnknown extends IllegalArgumentException {
        SenderStillUnknown(long auditId) {
            super("the sender of message " + auditId + " is still not registered");
        }
    }

    /**
     * @return the outcomes of the released mail: one per XML attachment, or one rejection of the mail
     * @throws SenderStillUnknown when the sender is still unknown (then nothing changes)
     * @throws IllegalArgumentException when the record is no quarantined mail or was released already
     */
    public List<Submission> release(long auditId) {
        Quarantined row = jdbc
                .query(
                        "select channel, outcome, raw_message, test, received_at, dedupe_key from audit_message"
                                + " where id = ?",
                        (rs, n) -> new Quarantined(
                                rs.getString("channel"),
                                rs.getString("outcome"),
                                rs.getBytes("raw_message"),
                                rs.getBoolean("test"),
                                rs.getTimestamp("received_at").toInstant(),
                                rs.getString("dedupe_key")),
                        auditId)
                .stream()
                .findFirst()
                .filter(found -> "QUARANTINED".equals(found.outcome()) && "MAIL".equals(found.channel()))
                .orElseThrow(() -> new IllegalArgumentException("message " + auditId + " is no quarantined mail"));
        Delivery delivery = mailIntake.open(mail(row.raw()), row.test(), row.receivedAt());
        if (delivery.quarantine()) {
            throw new SenderStillUnknown(auditId);
        }
        // claim the record and release its content for the new attempt, as reprocessing does
        if (jdbc.update(
                        "update audit_message set dedupe_key = null, reprocessed_as = id where id = ?"
                                + " and reprocessed_as is null",
                        auditId)
                != 1) {
            throw new IllegalArgumentException("message " + auditId + " was released already");
        }
        List<Submission> outcomes = new ArrayList<>();
        try {
            if (delivery.hasProblem()) {
                outcomes.add(deliveries.recordUnusable(delivery));
            } else {
                for (InboundMessage message : delivery.messages()) {
                    outcomes.add(ingest(message));
                }
            }
        } catch (RuntimeException failed) {
            // released only whole: the quarantine is open again, and a retry finds the attachments already
            // decided as copies (their identity is the mail's Message-ID and their content)
            jdbc.update(
                    "update audit_message set reprocessed_as = null, dedupe_key = ? where id = ? and reprocessed_as = id",
                    row.dedupeKey(),
                    auditId);
            durability.flush();
            throw failed;
        }
        jdbc.update(
                "update audit_message set reprocessed_as = ? where id = ?",
                outcomes.get(0).auditId(),
                auditId);
        durability.flush();
        return outcomes;
    }

    private Submission ingest(InboundMessage message) {
        Exchange result =
                template.send("direct:ingest", exchange -> exchange.getIn().setBody(message));
        if (result.getException() != null) {
            throw new IllegalStateException(
                    "releasing stopped: " + result.getException().getMessage(), result.getException());
        }
        return result.getIn().getBody(Submission.class);
    }

    private static MimeMessage mail(byte[] raw) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalStateException("the quarantined mail cannot be read again", e);
        }
    }
}
