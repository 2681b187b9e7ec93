package nl.reflexengine.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.reflexengine.TestBsns;
import nl.reflexengine.intake.ConnectionWatch;
import nl.reflexengine.outbox.EndpointOutage;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Outages of the mail servers while the engine runs: the IMAP server restarted (the intake shows it in
 * health, reconnects and goes on), and the SMTP server down while confirmations queue up (they wait in the
 * outbox without spending attempts, and every one goes out once when the server is back).
 */
@EngineTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:mail-outage-test;DB_CLOSE_DELAY=-1")
@DirtiesContext // its mail servers stop and start: closed once done
class MailboxOutageTest {

    static final String INTAKE = "reflex@outage.test";
    static final String SENDER = "salaris@zonnig-uitzendwerk.example";
    static final int SMTP_PORT = freePort();
    static final int IMAP_PORT = freePort();
    // the outgoing SMTP server and the mailbox are separate servers here, so each can fail alone
    static TestMailServer smtp = TestMailServer.smtp(SMTP_PORT);
    static TestMailServer imap = TestMailServer.imap(IMAP_PORT).addMailbox(INTAKE);

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("reflex.mail.enabled", () -> "true");
        registry.add("reflex.mail.port", () -> IMAP_PORT);
        registry.add("reflex.mail.username", () -> INTAKE);
        registry.add("reflex.mail.password", () -> TestMailServer.PASSWORD);
        registry.add("reflex.mail.poll-delay-ms", () -> "200");
        registry.add("reflex.smtp.enabled", () -> "true");
        registry.add("reflex.smtp.port", () -> SMTP_PORT);
        registry.add("reflex.smtp.outbox.poll-period-ms", () -> "200");
        registry.add("reflex.smtp.outbox.retry-delay-ms", () -> "100");
        registry.add("reflex.smtp.outbox.max-attempts", () -> "3");
        registry.add("reflex.smtp.outbox.outage-pause-max-ms", () -> "1000");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        imap.stop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("mailbox")
    ConnectionWatch mailbox;

    @Autowired
    @Qualifier("smtpServer")
    EndpointOutage smtpServer;

    @Test
    void theMailboxIntakeReconnectsAfterAnImapRestart() throws Exception {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.health().getStatus().equals(Status.UP));

        imap.stop();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.health().getStatus().equals(Status.DOWN));
        imap = TestMailServer.imap(IMAP_PORT).addMailbox(INTAKE);
        deliver("OUTAGE-4", "123456782");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from audit_message where message_id = 'OUTAGE-4' and outcome = 'ACCEPTED'",
                                Integer.class)
                        == 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.health().getStatus().equals(Status.UP));
    }

    @Test
    void confirmationsWaitWhileTheSmtpServerIsDownAndEachGoesOutOnceAfterwards() throws Exception {
        int reports = 12;
        smtp.stop();
        for (int i = 0; i < reports; i++) {
            deliver("SMTP-DOWN-" + i, TestBsns.from(300_000_000L + i * 97L));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from audit_message where message_id like 'SMTP-DOWN-%'"
                                        + " and outcome = 'ACCEPTED'",
                                Integer.class)
                        == reports);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> smtpServer.health().getStatus().equals(Status.DOWN));
        // let the outbox run into the dead server several times (pauses of 100, 200, 400 ms, then 1 s):
        // more often than max-attempts, so a mail that spent attempts on the outage would now be FAILED
        await().atMost(Duration.ofSeconds(20))
                .until(() -> (int) smtpServer.health().getDetails().get("failedTriesInARow") > 4);
        assertThat(confirmations("status <> 'QUEUED' or attempts > 0"))
                .as("confirmations sent, failed or charged an attempt while the server was down")
                .isZero();

        smtp = TestMailServer.smtp(SMTP_PORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> confirmations("status = 'SENT'") == reports);
        assertThat(confirmations("attempts <> 1")).isZero();
        assertThat(smtpServer.health().getStatus()).isEqualTo(Status.UP);
        // this test's confirmations: the other test's report may have its confirmation sent to this server too
        List<String> queued = jdbc.queryForList(
                "select o.message_id from mail_outbox o join audit_message a on a.id = o.audit_id"
                        + " where a.message_id like 'SMTP-DOWN-%' and o.kind = 'CONFIRMATION'",
                String.class);
        Map<String, Long> copies = Arrays.stream(smtp.greenMail().getReceivedMessages())
                .filter(message -> subjectOf(message).startsWith("Ontvangstbevestiging"))
                .filter(message -> queued.contains(messageIdOf(message)))
                .collect(Collectors.groupingBy(MailboxOutageTest::messageIdOf, Collectors.counting()));
        assertThat(queued).hasSize(reports);
        assertThat(copies.keySet()).as("one confirmation per report").containsExactlyInAnyOrderElementsOf(queued);
        List<Integer> recipientsPerMail = jdbc
                .queryForList(
                        "select recipients from mail_outbox o join audit_message a on a.id = o.audit_id"
                                + " where a.message_id like 'SMTP-DOWN-%' and o.kind = 'CONFIRMATION'",
                        String.class)
                .stream()
                .map(recipients -> recipients.split(",").length)
                .toList();
        assertThat(copies.values().stream().mapToLong(Long::longValue).sum())
                .as("every confirmation delivered once to each of its recipients")
                .isEqualTo(
                        recipientsPerMail.stream().mapToLong(Integer::longValue).sum());
    }

    private int confirmations(String condition) {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox o join audit_message a on a.id = o.audit_id"
                        + " where a.message_id like 'SMTP-DOWN-%' and o.kind = 'CONFIRMATION' and (" + condition + ")",
                Integer.class);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static void deliver(String messageId, String bsn) throws Exception {
        ReportMails.deliver(imap, INTAKE, messageId, bsn);
    }
}
