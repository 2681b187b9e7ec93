package nl.reflexengine.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Queues mail in the outbox, inside the caller's transaction (the one that records the outcome). */
@Component
public class MailOutbox {

    private final JdbcTemplate jdbc;
    private final String messageIdDomain;

    public MailOutbox(JdbcTemplate jdbc, SmtpProperties smtp) {
        this.jdbc = jdbc;
        this.messageIdDomain = smtp.messageIdDomain();
    }

    /**
     * The Message-ID of the mail of this kind for this audit record: the same on every attempt. The domain
     * names the installation, so two installations (acceptance, production) never share Message-IDs.
     */
    public String messageId(String kind, long auditId) {
        return "<" + kind.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + auditId + "@" + messageIdDomain + ">";
    }

    public void queue(OutgoingMail mail) {
        if (mail.recipients().isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into mail_outbox (message_id, kind, audit_id, client_id, recipients, subject, body,"
                        + " attachment_name, attachment, status, next_attempt_at, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)",
                messageId(mail.kind(), mail.auditId()),
                mail.kind(),
                mail.auditId(),
                mail.clientId(),
                String.join(",", mail.recipients()),
                mail.subject(),
                mail.body(),
                mail.attachmentName(),
                mail.attachment(),
                now,
                now,
                now);
    }
}
