package nl.reflexengine.mail;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.requeue.RequeueLauncher;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMailServer;
import nl.reflexengine.testing.WithMailServer;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mails the engine sends, received by a real SMTP server (GreenMail, free port): one confirmation
 * per claim, reports to the process manager for test messages, notices for rejections; in Dutch, with
 * the BSN masked.
 */
@EngineTest
@WithMailServer
// Each test method waits for its own mails, so the methods run side by side (@Execution on each); the
// class itself runs after the one before it, as every test class does.
class OutgoingMailTest {

    static final GreenMail SMTP = TestMailServer.shared().greenMail();

    static final String ZONNIG_SENDER = "salaris@zonnig-uitzendwerk.example";
    static final String ZONNIG_BRANCH = "amsterdam@zonnig-uitzendwerk.example";
    static final String ZONNIG_PM = "pm.zonnig@verzuimbeheer.example";
    static final String DELTA_SENDER = "payroll@deltaflex.example";
    static final String DELTA_PM = "pm.delta@verzuimbeheer.example";

    @Autowired
    ProducerTemplate template;

    /** Received the day after the samples' first sick day, so no deadline depends on the clock. */
    static final Instant RECEIVED = java.time.ZonedDateTime.of(
                    2026, 10, 13, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Amsterdam"))
            .toInstant();

    private Submission ingest(byte[] xml, String sender, String senderClientId) {
        return ingest(xml, sender, senderClientId, RECEIVED);
    }

    private Submission ingest(byte[] xml, String sender, String senderClientId, Instant received) {
        var inbound = new InboundMessage(
                xml,
                Channel.MAIL,
                "<" + System.nanoTime() + "@test>/x.xml",
                sender,
                senderClientId,
                null,
                "Ziekmelding",
                null,
                received,
                false);
        return template.requestBody("direct:ingest", inbound, Submission.class);
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("samples", name));
    }

    private static List<MimeMessage> mailsWith(String messageIdHeader) {
        return TestMailServer.shared().received(messageIdHeader);
    }

    @Autowired
    MailOutbox outbox;

    private List<MimeMessage> awaitMails(String kind, long auditId, int count) {
        String id = outbox.messageId(kind, auditId);
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsWith(id).size() >= count);
        return mailsWith(id);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anAcceptedClaimIsConfirmedOnceToBranchAndRequestedAddress() throws Exception {
        byte[] xml = sample("reflex/valid/ziek-uitzendkracht.xml");
        String bsn = new String(xml, UTF_8).replaceAll("(?s).*<Bsn>([0-9]{9})</Bsn>.*", "$1");

        Submission accepted = ingest(xml, ZONNIG_SENDER, "C-ZONNIG");

        List<MimeMessage> mails = awaitMails("CONFIRMATION", accepted.auditId(), 2);
        // the poller keeps running: still one mail per recipient after several more polls
        await().during(Duration.ofMillis(800))
                .atMost(Duration.ofSeconds(3))
                .until(() -> mailsWith(outbox.messageId("CONFIRMATION", accepted.auditId()))
                                .size()
                        == 2);
        assertThat(mails)
                .flatExtracting(m -> Arrays.asList(m.getRecipients(Message.RecipientType.TO)))
                .extracting(Object::toString)
                .containsOnly(ZONNIG_BRANCH, ZONNIG_SENDER);
        MimeMessage mail = mails.get(0);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).contains(accepted.claimNumber()).startsWith("Ontvangstbevestiging ziekmelding");
        assertThat(body)
                .contains("Ziekmeldnummer:    " + accepted.claimNumber())
                .contains("BSN *****" + bsn.substring(5))
                .contains("12 oktober 2026")
                .contains("13 oktober 2026 om 10:00")
                .contains("ziek (uitzendkracht of werknemer)")
                .contains("Een casemanager neemt binnen 24 uur contact op")
                .doesNotContain(bsn)
                .doesNotContain("te laat");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aLateReportWarnsWithDaysAndFine() throws Exception {
        String xml = new String(sample("reflex/valid/ziek-uitzendkracht.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+<", "<BerichtId>LATE-1<")
                .replaceFirst("<Bsn>[^<]+<", "<Bsn>111222333<")
                .replaceFirst("<EersteZiektedag>[^<]+<", "<EersteZiektedag>2026-03-02<")
                .replaceFirst("<DatumZiekgemeld>[^<]+<", "<DatumZiekgemeld>2026-03-02<")
                .replaceFirst("<LaatsteWerkdag>[^<]+<", "<LaatsteWerkdag>2026-02-27<")
                .replaceFirst("<VolgendeGeroosterdeWerkdag>[^<]+<", "<VolgendeGeroosterdeWerkdag>2026-03-03<");

        // with uitzendbeding due six weeks after 2 March: 13 April; received 13 May is 30 days late
        Instant received = java.time.ZonedDateTime.of(2026, 5, 13, 9, 0, 0, 0, java.time.ZoneId.of("Europe/Amsterdam"))
                .toInstant();

        Submission accepted = ingest(xml.getBytes(UTF_8), ZONNIG_SENDER, "C-ZONNIG", received);

        String body = GreenMailUtil.getBody(
                awaitMails("CONFIRMATION", accepted.auditId(), 1).get(0));
        assertThat(body)
                .contains("Let op: deze ziekmelding is 30 dagen te laat gedaan")
                .contains("EUR 455");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aPassingTestReflexIsReportedToTheProcessManager() throws Exception {
        Submission passed = ingest(sample("reflex/test/test-zonnig-geslaagd.xml"), ZONNIG_SENDER, "C-ZONNIG");

        assertThat(passed.outcome()).isEqualTo(Outcome.TEST_PASSED);
        MimeMessage mail = awaitMails("TEST_PASSED", passed.auditId(), 1).get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(ZONNIG_PM);
        assertThat(mail.getSubject()).startsWith("Testreflex goedgekeurd - Zonnig Uitzendwerk B.V.");
        assertThat(GreenMailUtil.getBody(mail)).contains("is goedgekeurd").contains("ZON-RTD");
        assertThat(mailsWith(outbox.messageId("CONFIRMATION", passed.auditId())))
                .as("no confirmation for a test")
                .isEmpty();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aRejectedTestReflexGoesBackWithEveryViolationAndTheOriginal() throws Exception {
        byte[] original = sample("reflex/test/test-meerdere-fouten.xml");

        Submission rejected = ingest(original, ZONNIG_SENDER, "C-ZONNIG");

        assertThat(rejected.outcome()).isEqualTo(Outcome.TEST_REJECTED);
        MimeMessage mail = awaitMails("TEST_REJECTED", rejected.auditId(), 1).get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(ZONNIG_PM);
        Multipart parts = (Multipart) mail.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        for (var violation : rejected.violations()) {
            assertThat(body)
                    .contains("[" + violation.code() + "]")
                    .contains(violation.field())
                    .contains(violation.code().explanation());
        }
        Part attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("x.xml");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(original);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aRejectedMessageNotifiesItsSenderAndTheProcessManagerWithoutTheBsn() throws Exception {
        byte[] xml = sample("reflex/invalid/bsn-eleven-test.xml");
        String bsn = new String(xml, UTF_8).replaceAll("(?s).*<Bsn>([0-9]{9})</Bsn>.*", "$1");

        Submission rejected = ingest(xml, ZONNIG_SENDER, "C-ZONNIG");

        List<MimeMessage> mails = awaitMails("REJECTION", rejected.auditId(), 2);
        assertThat(mails)
                .flatExtracting(m -> Arrays.asList(m.getRecipients(Message.RecipientType.TO)))
                .extracting(Object::toString)
                .containsOnly(ZONNIG_SENDER, ZONNIG_PM);
        String body = GreenMailUtil.getBody(mails.get(0));
        assertThat(body)
                .contains("[BSN_ELEVEN_TEST] veld employee.bsn")
                .contains("er is geen ziekmelding geregistreerd")
                .doesNotContain(bsn);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aFailedMailIsSentOnceItIsRequeued(
            @Autowired JdbcTemplate jdbc, @Value("${spring.datasource.url}") String database) throws Exception {
        TestMailServer server = TestMailServer.shared();
        server.refuse(DELTA_PM);
        long mail;
        try {
            Submission passed =
                    ingest(sample("reflex/test/test-delta-loongegevens-geslaagd.xml"), DELTA_SENDER, "C-DELTA");
            mail = jdbc.queryForObject(
                    "select id from mail_outbox where audit_id = ? and kind = 'TEST_PASSED'",
                    Long.class,
                    passed.auditId());
            // two attempts (max-attempts of the test mail server's settings), then it waits for an operator
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> "FAILED"
                            .equals(jdbc.queryForObject(
                                    "select status from mail_outbox where id = ?", String.class, mail)));
        } finally {
            server.accept(DELTA_PM);
        }
        String messageId = jdbc.queryForObject("select message_id from mail_outbox where id = ?", String.class, mail);
        assertThat(server.received(messageId)).isEmpty();

        assertThat(RequeueLauncher.run(
                        new String[] {"mail", String.valueOf(mail), "--spring.datasource.url=" + database}))
                .isZero();

        await().atMost(Duration.ofSeconds(15))
                .until(() -> server.received(messageId).size() == 1);
        assertThat(jdbc.queryForMap("select status, attempts from mail_outbox where id = ?", mail))
                .containsEntry("STATUS", "SENT")
                .containsEntry("ATTEMPTS", 1);
        assertThat(jdbc.queryForMap(
                        "select outbox, previous_status, attempts, last_error from outbox_requeue where item_id = ?",
                        mail))
                .containsEntry("OUTBOX", "mail")
                .containsEntry("PREVIOUS_STATUS", "FAILED")
                .containsEntry("ATTEMPTS", 2)
                .hasEntrySatisfying(
                        "LAST_ERROR", error -> assertThat((String) error).contains("451"));
        assertThat(RequeueLauncher.run(
                        new String[] {"mail", String.valueOf(mail), "--spring.datasource.url=" + database}))
                .as("a sent mail is not requeued")
                .isEqualTo(2);
    }
}
