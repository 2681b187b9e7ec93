package nl.reflexengine.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.local.NoDelayGreenMail;
import org.apache.camel.CamelContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mailbox figure: M mails, one XML attachment each from a registered sender of the message's client,
 * preloaded into an embedded GreenMail inbox; then the engine, with its IMAP intake and SMTP sending on and
 * every poll and batch setting at its default, is timed from the moment its mailbox route starts until every
 * mail has an outcome and has left the inbox, and every mail the outcomes queued (confirmations, rejection
 * notices, test reports) has been sent.
 */
final class MailboxRun {

    /** How it went: the seconds are those of the last check, complete or not. */
    record Result(int mails, double seconds, boolean complete, long mailsSent, long received, double startSeconds) {}

    private static final String INTAKE = "reflex@reflex.local";
    private static final Duration CHECK_EVERY = Duration.ofMillis(100);

    private final BenchArguments arguments;

    MailboxRun(BenchArguments arguments) {
        this.arguments = arguments;
    }

    Result run(SyntheticReports reports, Path store, BenchStore.Place place) throws Exception {
        GreenMail mail = new NoDelayGreenMail(new ServerSetup[] {
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        try {
            GreenMailUser intake = mail.setUser(INTAKE, INTAKE, "bench");
            Session session = Session.getInstance(new Properties());
            int accepted = 0;
            for (int i = 0; i < arguments.mailbox(); i++) {
                SyntheticReports.Message message = reports.message(i);
                intake.deliver(mime(session, message, i));
                if (message.expected() == Outcome.ACCEPTED) {
                    accepted++;
                }
            }
            long starting = System.nanoTime();
            try (ConfigurableApplicationContext engine = start(mail, store, place)) {
                double startSeconds = (System.nanoTime() - starting) / 1e9;
                JdbcTemplate jdbc = engine.getBean(JdbcTemplate.class);
                long started = System.nanoTime();
                engine.getBean(CamelContext.class).getRouteController().startRoute("intake-imap");
                long deadline = started
                        + Duration.ofSeconds(arguments.mailboxTimeoutSeconds()).toNanos();
                boolean complete = false;
                while (!complete && System.nanoTime() < deadline) {
                    Thread.sleep(CHECK_EVERY.toMillis());
                    complete = done(jdbc, mail, accepted);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                long sent = count(jdbc, "select count(*) from mail_outbox where status = 'SENT'");
                return new Result(
                        arguments.mailbox(), seconds, complete, sent, mail.getReceivedMessages().length, startSeconds);
            }
        } finally {
            mail.stop();
        }
    }

    /** Every mail has an outcome and left the inbox; every queued mail is sent, a confirmation per claim. */
    private boolean done(JdbcTemplate jdbc, GreenMail mail, int accepted) throws FolderException {
        long outcomes = count(jdbc, "select count(*) from audit_message where outcome is not null");
        if (outcomes < arguments.mailbox() || Mailboxes.waitingInInbox(mail, INTAKE) > 0) {
            return false;
        }
        long unsent = count(jdbc, "select count(*) from mail_outbox where status <> 'SENT'");
        long confirmations =
                count(jdbc, "select count(*) from mail_outbox where kind = 'CONFIRMATION' and status = 'SENT'");
        return unsent == 0 && confirmations >= accepted;
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static MimeMessage mime(Session session, SyntheticReports.Message message, int index)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(message.sender()));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(INTAKE));
        mime.setSubject("Ziekmelding " + index);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(message.xml(), "application/xml")));
        attachment.setFileName("ziekmelding-" + index + ".xml");
        mime.setContent(new MimeMultipart(attachment));
        mime.saveChanges();
        return mime;
    }

    /**
     * The engine against this mail server, on a fresh store (H2 file or PostgreSQL schema), with no local
     * servers, no SFTP and no test mailbox. The intake route is created stopped and started by the caller,
     * so the clock starts when polling does, not when Spring starts. UWV forwarding runs too (FILE adapter
     * into the temporary folder), as it would on a busy day.
     */
    private ConfigurableApplicationContext start(GreenMail mail, Path store, BenchStore.Place place) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("reflex.local.enabled", "false");
        settings.put("reflex.sftp.enabled", "false");
        settings.put("reflex.mail.enabled", "false");
        settings.put("reflex.mail.test-enabled", "false");
        settings.put("reflex.mail.protocol", "imap");
        settings.put("reflex.mail.host", "127.0.0.1");
        settings.put("reflex.mail.port", String.valueOf(NoDelayGreenMail.port(mail, ServerSetup.PROTOCOL_IMAP)));
        settings.put("reflex.mail.username", INTAKE);
        settings.put("reflex.mail.password", "bench");
        settings.put("reflex.smtp.enabled", "true");
        settings.put("reflex.smtp.host", "127.0.0.1");
        settings.put("reflex.smtp.port", String.valueOf(NoDelayGreenMail.port(mail, ServerSetup.PROTOCOL_SMTP)));
        settings.put("reflex.smtp.start-tls", "false");
        settings.put("reflex.uwv.enabled", "true");
        settings.put("reflex.uwv.adapter", "FILE");
        settings.put("reflex.uwv.outbox-directory", store.resolve("uwv-outbox").toString());
        settings.put("reflex.uwv.status-directory", store.resolve("uwv-status").toString());
        settings.putAll(place.engineSettings());
        return BenchEngine.start(settings, arguments.engineSettings());
    }
}
