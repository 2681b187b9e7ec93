package nl.reflexengine.mail;

import java.time.Duration;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.outbox.EndpointOutage;
import nl.reflexengine.outbox.OutboxDispatcher;
import nl.reflexengine.outbox.OutboxTable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
class MailConfiguration {

    static final OutboxTable<QueuedMail> MAIL_OUTBOX = new OutboxTable<>(
            "mail_outbox",
            "mail",
            "id, message_id, recipients, subject, body, attachment_name, attachment, attempts",
            (rs, row) -> new QueuedMail(
                    rs.getLong("id"),
                    rs.getString("message_id"),
                    rs.getString("recipients"),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getString("attachment_name"),
                    rs.getBytes("attachment"),
                    rs.getInt("attempts")),
            "",
            "");

    /** Whether the SMTP server can be reached; health "smtpServer". */
    @Bean
    EndpointOutage smtpServer(SmtpProperties smtp) {
        return new EndpointOutage(
                "SMTP server " + smtp.host() + ":" + smtp.port(),
                Duration.ofMillis(smtp.outbox().retryDelayMs()),
                Duration.ofMillis(smtp.outbox().outagePauseMaxMs()));
    }

    /** Sends the mail outbox; route mail-outbox drains it, command {@code requeue mail} puts failed mail back. */
    @Bean
    OutboxDispatcher<QueuedMail, String> mailDispatcher(
            SmtpProperties smtp,
            @Qualifier("smtpServer") EndpointOutage server,
            Durability durability,
            JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        return new OutboxDispatcher<>(
                MAIL_OUTBOX, "Mail", new SmtpSender(smtp), smtp.outbox(), server, durability, jdbc, transaction);
    }
}
