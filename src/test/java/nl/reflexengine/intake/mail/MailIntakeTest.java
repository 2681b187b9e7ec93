package nl.reflexengine.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMailServer;
import nl.reflexengine.testing.TestMails;
import nl.reflexengine.testing.WithMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reflex mailbox end to end: mails sent over real SMTP to a real IMAP server (GreenMail, free ports),
 * picked up by the production routes, recorded in H2 and moved to the folder of their outcome.
 */
@EngineTest
@WithMailServer
// Each test method waits for its own mail, so the methods run side by side (@Execution on each); the
// class itself runs after the one before it, as every test class does.
class MailIntakeTest {

    static final String INTAKE = TestMailServer.INTAKE;
    static final String TEST_INTAKE = TestMailServer.TEST_INTAKE;
    static final String ZONNIG = "salaris@zonnig-uitzendwerk.example";
    static final String DELTA = "payroll@deltaflex.example";

    static final GreenMail MAIL = TestMailServer.shared().greenMail();

    /** The Date header of every mail sent here: a minute before it arrives, as a sender's clock may say. */
    static final java.time.Instant SENT = java.time.Instant.parse("2026-10-13T07:58:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aMailedSampleIsRecordedOnceAndMovedToProcessed() throws Exception {
        String id = send(ZONNIG, INTAKE, "Ziekmelding", attachment("reflex/valid/ziek-uitzendkracht.xml"));

        List<Map<String, Object>> rows = awaitOutcomes(id, 1);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("OUTCOME", "ACCEPTED").containsEntry("CHANNEL", "MAIL");
            assertThat(row).containsEntry("SENDER", ZONNIG).containsEntry("SUBJECT", "Ziekmelding");
            assertThat(row).containsEntry("SENDER_CLIENT_ID", "C-ZONNIG");
            assertThat((String) row.get("SOURCE")).isEqualTo(id + "/ziek-uitzendkracht.xml");
            Object sentAt = row.get("SENT_AT"); // H2 gives an OffsetDateTime, PostgreSQL a Timestamp
            assertThat(sentAt instanceof java.sql.Timestamp t ? t.toInstant() : ((OffsetDateTime) sentAt).toInstant())
                    .as("the Date header, which a rejection quotes")
                    .isEqualTo(SENT);
        });
        awaitInFolder(INTAKE, "Processed", id);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aRejectedAttachmentMovesTheMailToRejected() throws Exception {
        String id = send(ZONNIG, INTAKE, "Ziekmelding", attachment("reflex/invalid/bsn-eleven-test.xml"));

        assertThat(awaitOutcomes(id, 1))
                .singleElement()
                .satisfies(row ->
                        assertThat(row).containsEntry("OUTCOME", "REJECTED").containsEntry("CODES", "BSN_ELEVEN_TEST"));
        awaitInFolder(INTAKE, "Rejected", id);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void anUnknownSenderIsQuarantinedAndNeverAnswered() throws Exception {
        String id = send(
                "stranger@elsewhere.example", INTAKE, "Ziekmelding", attachment("reflex/valid/ziek-oproepkracht.xml"));

        assertThat(awaitOutcomes(id, 1))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("OUTCOME", "QUARANTINED")
                        .containsEntry("CODES", "UNKNOWN_SENDER")
                        .containsEntry("SENDER", "stranger@elsewhere.example"));
        awaitInFolder(INTAKE, "Quarantine", id);
        assertThat(MAIL.getReceivedMessagesForDomain("elsewhere.example"))
                .as("no reply of any kind")
                .isEmpty();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aMailWithTwoXmlAttachmentsYieldsTwoOutcomes() throws Exception {
        String id = send(
                DELTA,
                INTAKE,
                "Twee ziekmeldingen",
                attachment("reflex/valid/ziek-art-29b.xml"),
                attachment("reflex/valid/loongegevens-14-perioden.xml"));

        assertThat(awaitOutcomes(id, 2)).extracting(row -> row.get("OUTCOME")).containsOnly("ACCEPTED");
        awaitInFolder(INTAKE, "Processed", id);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void xmlFilesInsideAZipAttachmentAreEachIngested() throws Exception {
        String id = send(
                ZONNIG,
                INTAKE,
                "Zip",
                zipAttachment("meldingen.zip", "reflex/valid/ziek-uit-dienst.xml", "reflex/valid/overlijden.xml"));

        assertThat(awaitOutcomes(id, 2))
                .extracting(row -> (String) row.get("SOURCE"))
                .containsExactlyInAnyOrder(
                        id + "/meldingen.zip!reflex/valid/ziek-uit-dienst.xml",
                        id + "/meldingen.zip!reflex/valid/overlijden.xml");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void theSameMailFetchedTwiceIsRecordedOnceAndOnceAsDuplicate() throws Exception {
        MimeMessage mail = mail(ZONNIG, INTAKE, "Twee keer", attachment("reflex/valid/ziek-zwangerschap.xml"));
        Transport.send(mail);
        Transport.send(mail);
        String id = mail.getMessageID();

        List<Map<String, Object>> rows = awaitOutcomes(id, 2);

        assertThat(rows).extracting(row -> row.get("OUTCOME")).containsExactlyInAnyOrder("ACCEPTED", "DUPLICATE");
        await().atMost(Duration.ofSeconds(20)).until(() -> folderCount(INTAKE, "Processed", id) == 2);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aMailWithoutXmlIsRejectedAndTheNextMailIsProcessed() throws Exception {
        MimeMessage html = mail(ZONNIG, INTAKE, "Alleen tekst");
        html.setContent("<html><body>Jan is ziek</body></html>", "text/html; charset=UTF-8");
        Transport.send(html);
        String next = send(ZONNIG, INTAKE, "Ziekmelding", attachment("reflex/valid/adres-verblijf-polen.xml"));

        assertThat(awaitOutcomes(html.getMessageID(), 1))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("OUTCOME", "REJECTED")
                        .containsEntry("CODES", "NO_XML_ATTACHMENT"));
        assertThat(awaitOutcomes(next, 1))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("OUTCOME", "ACCEPTED"));
        awaitInFolder(INTAKE, "Rejected", html.getMessageID());
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void everythingInTheTestMailboxIsATestMessage() throws Exception {
        String id = send(
                ZONNIG, TEST_INTAKE, "Test", attachment("reflex/valid/wazo-zwangerschaps-en-bevallingsverlof.xml"));

        assertThat(awaitOutcomes(id, 1))
                .singleElement()
                .satisfies(row ->
                        assertThat(row).containsEntry("OUTCOME", "TEST_PASSED").containsEntry("TEST", true));
        awaitInFolder(TEST_INTAKE, "Processed", id);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aSenderCannotReportForAnotherClient() throws Exception {
        // a Delta address sending a report for Zonnig's loonheffingennummer
        String id = send(DELTA, INTAKE, "Ziekmelding", attachment("reflex/valid/fictief-ziek-uit-dienst.xml"));

        assertThat(awaitOutcomes(id, 1))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("OUTCOME", "REJECTED")
                        .containsEntry("CODES", "SENDER_NOT_AUTHORISED_FOR_EMPLOYER"));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void inboundHeadersCannotSteerWhereTheMailGoes() throws Exception {
        MimeMessage mail = mail(DELTA, INTAKE, "Kopregels", attachment("reflex/valid/ziek-orgaandonatie.xml"));
        mail.setHeader("moveTo", "INBOX");
        mail.setHeader("delete", "true");
        mail.setHeader("copyTo", "Elsewhere");
        mail.setHeader("CamelMailMoveTo", "INBOX");
        mail.addRecipient(Message.RecipientType.BCC, new InternetAddress("spy@bcc.example"));
        mail.setHeader("mail.smtp.host", "203.0.113.1");
        Transport.send(mail, new InternetAddress[] {new InternetAddress(INTAKE)});
        String id = mail.getMessageID();

        assertThat(awaitOutcomes(id, 1))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("OUTCOME", "ACCEPTED"));
        awaitInFolder(INTAKE, "Processed", id);
        assertThat(folderCount(INTAKE, "Elsewhere", id)).isZero();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aMailSomeoneAlreadyOpenedIsStillProcessed() throws Exception {
        // a colleague read it in a mail client, or an engine stopped between flagging it SEEN and moving it
        String unique = Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"))
                .replaceFirst("<BerichtId>[^<]+<", "<BerichtId>AL-GELEZEN-1<");
        MimeMessage mail =
                mail(ZONNIG, INTAKE, "Al gelezen", part("al-gelezen.xml", unique.getBytes(), "application/xml"));
        MailFolder inbox = MAIL.getManagers()
                .getImapHostManager()
                .getInbox(MAIL.getUserManager().getUser(INTAKE));
        inbox.appendMessage(mail, new Flags(Flags.Flag.SEEN), new java.util.Date());

        assertThat(awaitOutcomes(mail.getMessageID(), 1))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("OUTCOME", "ACCEPTED"));
        awaitInFolder(INTAKE, "Processed", mail.getMessageID());
    }

    // --- helpers -------------------------------------------------------------------------------------

    private List<Map<String, Object>> awaitOutcomes(String messageId, int expected) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> outcomes(messageId).size() >= expected
                        && outcomes(messageId).stream().allMatch(row -> row.get("OUTCOME") != null));
        List<Map<String, Object>> rows = outcomes(messageId);
        assertThat(rows).hasSize(expected);
        return rows;
    }

    private List<Map<String, Object>> outcomes(String messageId) {
        return jdbc.queryForList("select * from audit_message where delivery_id = ? order by id", messageId);
    }

    /** IMAP has no atomic move here: the copy lands first, then the inbox copy is flagged deleted. */
    private void awaitInFolder(String user, String folder, String messageId) throws Exception {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> folderCount(user, folder, messageId) == 1 && folderCount(user, "INBOX", messageId) == 0);
    }

    private static long folderCount(String user, String folderName, String messageId) throws Exception {
        return TestMailServer.shared().inFolder(user, folderName, messageId);
    }

    private static String send(String from, String to, String subject, MimeBodyPart... parts) throws Exception {
        MimeMessage mail = mail(from, to, subject, parts);
        Transport.send(mail);
        return mail.getMessageID();
    }

    private static MimeMessage mail(String from, String to, String subject, MimeBodyPart... parts) throws Exception {
        return TestMails.mail(TestMails.smtp(), from, to, subject, SENT, parts);
    }

    private static MimeBodyPart attachment(String sample) throws Exception {
        return TestMails.attachment(sample);
    }

    private static MimeBodyPart zipAttachment(String name, String... samples) throws Exception {
        return TestMails.zipAttachment(name, samples);
    }

    private static MimeBodyPart part(String name, byte[] content, String type) throws Exception {
        return TestMails.part(name, content, type);
    }
}
