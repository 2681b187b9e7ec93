package nl.reflexengine.mail;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
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

    /** The subject of the mail every message here arrives in; it was sent two minutes before it arrived. */
    static final String SUBJECT = "Verzuim week 42";

    /** The signature and contact line of every mail: the defaults of application.properties. */
    static final String SIGNATURE = "Met vriendelijke groet,\n\nVerzuimbeheer";

    static final String CONTACT = "Heeft u vragen";

    static final String CONTACT_ADDRESS = "via verzuimbeheer@reflex.local.";

    /** Received the day after the samples' first sick day, so no deadline depends on the clock. */
    static final Instant RECEIVED = java.time.ZonedDateTime.of(
                    2026, 10, 13, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Amsterdam"))
            .toInstant();

    private Submission ingest(byte[] xml, String sender, String senderClientId) {
        return ingest(xml, sender, senderClientId, RECEIVED);
    }

    private Submission ingest(byte[] xml, String sender, String senderClientId, Instant received) {
        String mailId = "<" + System.nanoTime() + "@test>";
        var inbound = new InboundMessage(
                xml,
                Channel.MAIL,
                mailId + "/x.xml",
                sender,
                senderClientId,
                mailId,
                SUBJECT,
                received.minus(Duration.ofMinutes(2)),
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
        String body = text(mail);
        keep("bevestiging", mail);
        // the subject line is seen by anyone near a screen or a mailbox list: no name, nothing about health
        assertThat(mail.getSubject()).isEqualTo("Ontvangstbevestiging " + accepted.claimNumber() + " (J.P.)");
        assertNothingAboutHealthOrTheName(mail.getSubject(), "Bakker");
        assertThat(body)
                .contains("Ziekmeldnummer:    " + accepted.claimNumber())
                .contains("J.P. Bakker (BSN *****" + bsn.substring(5) + ")")
                .contains("12 oktober 2026")
                .contains("13 oktober 2026 om 10:00")
                .contains("ziek (uitzendkracht of werknemer)")
                .contains("Een casemanager neemt binnen 24 uur contact op")
                .contains("probleemanalyse volgt\n  uiterlijk in week 6.")
                .contains(CONTACT)
                .contains(CONTACT_ADDRESS)
                .endsWith(SIGNATURE)
                .doesNotContain(bsn)
                .doesNotContain("te laat");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aWazoApplicationIsConfirmedAsLeaveNotSickness() throws Exception {
        byte[] xml = sample("reflex/valid/wazo-zwangerschaps-en-bevallingsverlof.xml");
        String bsn = new String(xml, UTF_8).replaceAll("(?s).*<Bsn>([0-9]{9})</Bsn>.*", "$1");

        Submission accepted = ingest(xml, ZONNIG_SENDER, "C-ZONNIG");

        MimeMessage mail = awaitMails("CONFIRMATION", accepted.auditId(), 1).get(0);
        String body = text(mail);
        keep("bevestiging-verlof", mail);
        assertThat(accepted.claimNumber()).startsWith("WZ-");
        assertThat(mail.getSubject()).startsWith("Ontvangstbevestiging " + accepted.claimNumber() + " (");
        assertThat(body)
                .contains("aanvraag voor een WAZO-uitkering")
                .contains("Registratienummer:    " + accepted.claimNumber())
                .contains("Soort verlof:         zwangerschaps- en bevallingsverlof")
                .contains("Startdatum verlof:    17 augustus 2026")
                .contains("Uitgerekende datum:   21 september 2026")
                .contains("Wij sturen de aanvraag binnen 2 werkdagen naar UWV")
                .contains("Dit is verlof, geen ziekte")
                .contains("*****" + bsn.substring(5))
                .contains(CONTACT)
                .endsWith(SIGNATURE)
                .doesNotContain(bsn)
                .doesNotContainIgnoringCase("ziekmelding")
                .doesNotContain("Ziekmeldnummer")
                .doesNotContain("casemanager neemt")
                .doesNotContain("poortwachter")
                .doesNotContain("te laat");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aLateReportWarnsWithDaysAndFine() throws Exception {
        String xml = lateReport("LATE-1", "111222333", "2026-03-02", "2026-02-27", "2026-03-03");

        // with uitzendbeding due six weeks after 2 March: 13 April; received 13 May is 30 days late
        Instant received = java.time.ZonedDateTime.of(2026, 5, 13, 9, 0, 0, 0, java.time.ZoneId.of("Europe/Amsterdam"))
                .toInstant();

        Submission accepted = ingest(xml.getBytes(UTF_8), ZONNIG_SENDER, "C-ZONNIG", received);

        MimeMessage mail = awaitMails("CONFIRMATION", accepted.auditId(), 1).get(0);
        String body = text(mail);
        keep("bevestiging-te-laat", mail);
        assertThat(body)
                .contains("Let op: deze ziekmelding is 30 dagen te laat gemeld. De termijn liep af op 13 april 2026")
                .contains("UWV kan hiervoor een boete opleggen van € 455.");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void oneDayLateIsOneDay() throws Exception {
        String xml = lateReport("LATE-2", "123456782", "2026-03-02", "2026-02-27", "2026-03-03");

        // due 13 April (six weeks after 2 March); received the day after
        Instant received = java.time.ZonedDateTime.of(2026, 4, 14, 9, 0, 0, 0, java.time.ZoneId.of("Europe/Amsterdam"))
                .toInstant();

        Submission accepted = ingest(xml.getBytes(UTF_8), ZONNIG_SENDER, "C-ZONNIG", received);

        String body = text(awaitMails("CONFIRMATION", accepted.auditId(), 1).get(0));
        assertThat(body).contains("deze ziekmelding is 1 dag te laat gemeld.").contains("boete opleggen van € 70.");
    }

    private static String lateReport(String id, String bsn, String firstDay, String lastWorkingDay, String nextDay)
            throws Exception {
        return new String(sample("reflex/valid/ziek-uitzendkracht.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+<", "<BerichtId>" + id + "<")
                .replaceFirst("<Bsn>[^<]+<", "<Bsn>" + bsn + "<")
                .replaceFirst("<EersteZiektedag>[^<]+<", "<EersteZiektedag>" + firstDay + "<")
                .replaceFirst("<DatumZiekgemeld>[^<]+<", "<DatumZiekgemeld>" + firstDay + "<")
                .replaceFirst("<LaatsteWerkdag>[^<]+<", "<LaatsteWerkdag>" + lastWorkingDay + "<")
                .replaceFirst("<VolgendeGeroosterdeWerkdag>[^<]+<", "<VolgendeGeroosterdeWerkdag>" + nextDay + "<");
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
        assertThat(mail.getSubject())
                .isEqualTo("Testreflex goedgekeurd: Zonnig Uitzendwerk B.V., kenmerk TEST-ZON-2026-0001");
        assertThat(text(mail))
                .contains("is goedgekeurd")
                .contains("Vestigingscode:    ZON-RTD")
                .contains("Onderwerp mail:    \"" + SUBJECT + "\"")
                .contains("Verstuurd op:      13 oktober 2026 om 09:58")
                .contains(CONTACT_ADDRESS)
                .endsWith(SIGNATURE);
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
        String body = text(mail);
        assertThat(rejected.violations()).isNotEmpty();
        for (var violation : rejected.violations()) {
            assertThat(body)
                    .contains("[" + violation.code() + "]")
                    .contains(
                            // the client's own process manager is told which value we do not know
                            violation.code() == nl.reflexengine.violation.ViolationCode.UNKNOWN_VESTIGINGSCODE
                                    ? "Vestigingscode ZON-UTR is niet bij ons geregistreerd."
                                    : violation.code().explanation());
            if (!violation.field().isEmpty()) {
                assertThat(body)
                        .as("the field as the sender's XML names it")
                        .containsPattern("\\[" + violation.code() + "] veld /Ziekmelding/[A-Z]");
            }
        }
        assertThat(body)
                .as("no canonical field path")
                .doesNotContainPattern("veld [a-z]+\\.")
                .contains("Het oorspronkelijke bericht zit als bijlage bij deze mail.")
                .contains(CONTACT_ADDRESS);
        Part attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("x.xml");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(original);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theProcessManagersTestReportNamesTheValueWeDoNotKnow() throws Exception {
        byte[] xml = sample("reflex/test/test-noorderlicht-onbekende-vestigingscode.xml");
        String bsn = new String(xml, UTF_8).replaceAll("(?s).*<Bsn>([0-9]{9})</Bsn>.*", "$1");

        Submission rejected = ingest(xml, "hr@noorderlicht-payroll.example", "C-NOORD");

        assertThat(rejected.outcome()).isEqualTo(Outcome.TEST_REJECTED);
        MimeMessage mail = awaitMails("TEST_REJECTED", rejected.auditId(), 1).get(0);
        String body = text(mail);
        keep("testrapport", mail);
        assertThat(mail.getSubject())
                .isEqualTo("Testreflex afgekeurd: Noorderlicht Payroll B.V., kenmerk TEST-NRD-2026-0003");
        assertThat(body)
                .contains("[UNKNOWN_VESTIGINGSCODE] veld /Ziekmelding/Werkgever/Vestigingscode\n"
                        + "  Vestigingscode NRD-LWD is niet bij ons geregistreerd.")
                .contains("Onderwerp mail:    \"" + SUBJECT + "\"")
                .contains("Verstuurd op:      13 oktober 2026 om 09:58")
                .contains("Bijlage:           x.xml")
                .doesNotContain(bsn)
                .endsWith(SIGNATURE);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aRejectedMessageNotifiesItsSenderAndTheProcessManagerWithoutTheBsn() throws Exception {
        String xml = new String(sample("reflex/invalid/bsn-eleven-test.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+<", "<BerichtId>ZON-2026-000901<")
                .replaceFirst("<Vestigingscode>[^<]+<", "<Vestigingscode>ZON-XYZ<");
        String bsn = xml.replaceAll("(?s).*<Bsn>([0-9]{9})</Bsn>.*", "$1");

        Submission rejected = ingest(xml.getBytes(UTF_8), ZONNIG_SENDER, "C-ZONNIG");

        List<MimeMessage> mails = awaitMails("REJECTION", rejected.auditId(), 2);
        assertThat(mails)
                .flatExtracting(m -> Arrays.asList(m.getRecipients(Message.RecipientType.TO)))
                .extracting(Object::toString)
                .containsOnly(ZONNIG_SENDER, ZONNIG_PM);
        MimeMessage mail = mails.get(0);
        String body = text(mail);
        keep("afwijzing", mail);
        assertThat(mail.getSubject()).isEqualTo("Bericht niet verwerkt: kenmerk ZON-2026-000901 (M.)");
        assertNothingAboutHealthOrTheName(mail.getSubject(), "Bouwman");
        assertThat(body)
                .contains("[BSN_ELEVEN_TEST] veld /Ziekmelding/Werknemer/Bsn")
                .contains("[UNKNOWN_VESTIGINGSCODE] veld /Ziekmelding/Werkgever/Vestigingscode\n" + "  "
                        + nl.reflexengine.violation.ViolationCode.UNKNOWN_VESTIGINGSCODE.explanation())
                .as("a sender is never told which registered values exist")
                .doesNotContain("ZON-XYZ")
                .as("the mail it answers, by subject and sending time, not by Message-ID")
                .contains("Onderwerp mail:    \"" + SUBJECT + "\"")
                .contains("Verstuurd op:      13 oktober 2026 om 09:58")
                .contains("Bijlage:           x.xml")
                .doesNotContain("@test>")
                .contains("er is niets geregistreerd")
                .contains(CONTACT)
                .contains(CONTACT_ADDRESS)
                .endsWith(SIGNATURE)
                .doesNotContain(bsn)
                .doesNotContainPattern("veld [a-z]+\\.");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aRejectedFileIsNamedByItsNameAndFolder() throws Exception {
        byte[] xml = sample("reflex/invalid/iban-checksum.xml");
        var inbound = new InboundMessage(
                xml, Channel.SFTP, "C-ZONNIG/ziek-0042.xml", "drop", "C-ZONNIG", null, null, null, RECEIVED, false);

        Submission rejected = template.requestBody("direct:ingest", inbound, Submission.class);

        String body = text(awaitMails("REJECTION", rejected.auditId(), 1).get(0));
        assertThat(body)
                .contains("Bestand:           ziek-0042.xml")
                .contains("Map:               C-ZONNIG")
                .contains("Ontvangen op:      13 oktober 2026 om 10:00")
                .contains("[IBAN_CHECKSUM] veld /Ziekmelding/Werknemer/Iban")
                .doesNotContain("Onderwerp mail");
    }

    /** The text as the recipient's mail program shows it: decoded, the first part of a mail with an attachment. */
    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        String text = content instanceof Multipart parts
                ? (String) parts.getBodyPart(0).getContent()
                : (String) content;
        return text.replace("\r\n", "\n").strip();
    }

    private static void assertNothingAboutHealthOrTheName(String subject, String surname) {
        assertThat(subject.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("ziek")
                .doesNotContain("verzuim ")
                .doesNotContain(surname.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Each mail as its recipient sees it, in target/mail-samples/, for reading aloud: the texts are only
     * right when they read well.
     */
    private static void keep(String name, MimeMessage mail) throws Exception {
        Path dir = Path.of("target", "mail-samples");
        Files.createDirectories(dir);
        Object content = mail.getContent();
        String body = content instanceof Multipart parts
                ? parts.getBodyPart(0).getContent() + "\n[bijlage: "
                        + parts.getBodyPart(1).getFileName() + "]\n"
                : text(mail);
        Files.writeString(
                dir.resolve(name + ".txt"),
                "Van: " + Arrays.toString(mail.getFrom()) + "\nAan: "
                        + Arrays.toString(mail.getRecipients(Message.RecipientType.TO)) + "\nOnderwerp: "
                        + mail.getSubject() + "\n\n" + body,
                UTF_8);
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
