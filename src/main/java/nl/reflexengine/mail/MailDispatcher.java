package nl.reflexengine.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import nl.reflexengine.audit.Durability;
import nl.reflexengine.audit.PersonalData;
import nl.reflexengine.outbox.Drain;
import nl.reflexengine.outbox.EndpointOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends queued mail over SMTP (Jakarta Mail). Each mail is claimed (QUEUED to SENDING) before it is sent
 * and carries its own fixed Message-ID, so normal operation sends it once; an engine stopped at the worst
 * moment sends it at most once more, with the same Message-ID, which mail clients show as one mail.
 * A batch shares one SMTP connection. A failed mail is retried with doubling delays; a recipient the server
 * refuses is FAILED at once. A server that cannot be reached is nobody's fault: sending pauses (see
 * {@link EndpointOutage}) and no mail spends an attempt on it.
 */
@Component("mailDispatcher")
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private record Due(
            long id,
            String messageId,
            String recipients,
            String subject,
            String body,
            String attachmentName,
            byte[] attachment,
            int attempts) {}

    private final JdbcTemplate jdbc;
    private final SmtpProperties smtp;
    private final EndpointOutage server;
    private final Durability durability;
    private final Session session;

    public MailDispatcher(
            JdbcTemplate jdbc,
            SmtpProperties smtp,
            @Qualifier("smtpServer") EndpointOutage server,
            Durability durability) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.server = server;
        this.durability = durability;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(smtp.connectTimeoutMs()));
        properties.put("mail.smtp.timeout", String.valueOf(smtp.timeoutMs()));
        properties.put("mail.smtp.writetimeout", String.valueOf(smtp.timeoutMs()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.auth", String.valueOf(hasLogin()));
        properties.put("mail.smtp.sendpartial", "true");
        this.session = Session.getInstance(properties);
    }

    /**
     * Sends what is due, batch after batch while batches come back full (a busy morning must not wait a
     * poll period per 50 mails), for at most one drain period; returns how many went out.
     */
    public int sendDue() {
        return Drain.batches(this::sendBatch);
    }

    private Drain.Batch sendBatch() {
        if (server.paused()) {
            return Drain.Batch.NOTHING;
        }
        Instant now = Instant.now();
        jdbc.update(
                "update mail_outbox set status = 'QUEUED', updated_at = ? where status = 'SENDING' and updated_at < ?",
                Timestamp.from(now),
                Timestamp.from(now.minusMillis(smtp.staleSendingMs())));
        List<Due> due = jdbc.query(
                "select id, message_id, recipients, subject, body, attachment_name, attachment, attempts from mail_outbox"
                        + " where status = 'QUEUED' and next_attempt_at <= ? order by id limit " + BATCH,
                (rs, row) -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBytes(7),
                        rs.getInt(8)),
                Timestamp.from(now));
        if (due.isEmpty()) {
            return Drain.Batch.NOTHING;
        }
        // a mail must not leave before the outcome that queued it is on disk: a crash would lose the
        // outcome, the message would be read again and confirmed a second time under another Message-ID
        durability.flush();
        int sent = 0;
        Transport transport = null;
        try {
            for (Due mail : due) {
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    transport = connect();
                    if (transport == null) {
                        break; // the server is down: the rest stays QUEUED, untouched
                    }
                }
                if (claim(mail) && send(transport, mail)) {
                    sent++;
                }
            }
        } finally {
            close(transport);
        }
        return new Drain.Batch(sent, due.size() == BATCH && !server.paused());
    }

    private Transport connect() {
        try {
            Transport transport = session.getTransport("smtp");
            if (hasLogin()) {
                transport.connect(smtp.username(), smtp.password());
            } else {
                transport.connect();
            }
            server.reachable();
            return transport;
        } catch (MessagingException e) {
            server.unreachable(e);
            return null;
        }
    }

    private boolean claim(Due mail) {
        return jdbc.update(
                        "update mail_outbox set status = 'SENDING', updated_at = ? where id = ? and status = 'QUEUED'",
                        Timestamp.from(Instant.now()),
                        mail.id())
                == 1;
    }

    private boolean send(Transport transport, Due mail) {
        int attempt = mail.attempts() + 1;
        String refused = null;
        try {
            MimeMessage message = compose(mail);
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException partly) {
            if (partly.getValidSentAddresses() == null || partly.getValidSentAddresses().length == 0) {
                return failed(mail, attempt, partly, isRefusedOnly(partly));
            }
            // sent to the others (mail.smtp.sendpartial): one bad address must not hold up the rest
            refused = "refused: " + java.util.Arrays.toString(partly.getInvalidAddresses());
        } catch (MessagingException | RuntimeException e) {
            return failed(mail, attempt, e, false);
        }
        // recorded outside the send's try: a hiccup here leaves the mail SENDING, and the stale-SENDING reset
        // decides later, instead of booking a mail that went out as failed and sending it again at once
        mark(mail, "SENT", attempt, refused, Instant.now());
        durability.flush(); // SENT is on disk before the next mail goes: a crash after this sends it never again
        return true;
    }

    private boolean hasLogin() {
        return smtp.username() != null && !smtp.username().isBlank();
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way; nothing is lost, every mail's state is in the outbox
            }
        }
    }

    private static boolean isRefusedOnly(SendFailedException failed) {
        return failed.getValidUnsentAddresses() == null
                && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private boolean failed(Due mail, int attempt, Exception e, boolean permanent) {
        boolean retry = !permanent && attempt < smtp.maxAttempts();
        Instant next = Instant.now().plusMillis(smtp.retryDelayMs() << Math.min(attempt - 1, 20));
        mark(mail, retry ? "QUEUED" : "FAILED", attempt, PersonalData.mask(String.valueOf(e.getMessage())), next);
        log.warn(
                "Mail {} not sent (attempt {}): {}; {}",
                mail.messageId(),
                attempt,
                PersonalData.mask(e.getMessage()),
                retry ? "retrying at " + next : "FAILED, operations must act");
        return false;
    }

    private void mark(Due mail, String status, int attempts, String error, Instant next) {
        jdbc.update(
                "update mail_outbox set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, updated_at = ?"
                        + " where id = ?",
                status,
                attempts,
                error,
                Timestamp.from(next),
                Timestamp.from(Instant.now()),
                mail.id());
    }

    private MimeMessage compose(Due mail) throws MessagingException {
        String messageId = mail.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.recipients()));
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.attachment() == null) {
            message.setText(mail.body(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            MimeBodyPart original = new MimeBodyPart();
            original.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment(), "application/xml")));
            original.setFileName(mail.attachmentName());
            // base64 keeps the original byte for byte: text encodings would rewrite its line endings
            original.setHeader("Content-Transfer-Encoding", "base64");
            MimeMultipart multipart = new MimeMultipart();
            multipart.addBodyPart(text);
            multipart.addBodyPart(original);
            message.setContent(multipart);
        }
        message.saveChanges();
        return message;
    }
}
